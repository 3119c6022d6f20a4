a = np.array([1, 2, 3])
b = np.append(a, 4)
b
a
np.insert(a, 1, 99)
np.delete(a, 0)
np.append(a, [[5, 6]])
b.base is None
