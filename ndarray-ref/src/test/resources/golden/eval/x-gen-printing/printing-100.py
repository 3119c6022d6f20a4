x = np.array([1294, -45408, -73571], dtype=np.int32)
x == x
x.ravel()[:5]
x.reshape(-1)
