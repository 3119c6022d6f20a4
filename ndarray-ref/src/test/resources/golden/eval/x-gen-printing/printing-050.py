x = np.array([False, False, True], dtype=np.bool_)
x.sum()
print(x)
print(x)
x[::-1]
(x.ndim, x.size)
