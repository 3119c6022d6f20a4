a = np.array([1, 2, 3, 4, 5, 6])
a.shape
a2 = a[np.newaxis, :]
a2.shape
row_vector = a[np.newaxis, :]
row_vector.shape
col_vector = a[:, np.newaxis]
col_vector.shape
a = np.array([1, 2, 3, 4, 5, 6])
a.shape
b = np.expand_dims(a, axis=1)
b.shape
c = np.expand_dims(a, axis=0)
c.shape
