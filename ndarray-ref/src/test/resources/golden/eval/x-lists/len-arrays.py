len(np.arange(5))
len(np.zeros((3, 4)))
len(np.array(5))
