# Seed notebook: np.array(copy=True) and np.array() both make new arrays.
a = np.array([1,2,5,7])
b = np.array(a, copy=True)
b.base is None
c = np.array(a)
c.base is None
