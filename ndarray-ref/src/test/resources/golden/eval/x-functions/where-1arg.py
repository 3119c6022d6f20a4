a = np.array([[0, 1], [2, 0]])
np.where(a)
np.where(a)[0].base is None
np.where(a == 7)
