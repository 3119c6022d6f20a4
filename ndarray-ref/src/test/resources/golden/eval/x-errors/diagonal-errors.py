np.arange(3).diagonal()
np.zeros((2, 2)).diagonal(axis1=0, axis2=0)
