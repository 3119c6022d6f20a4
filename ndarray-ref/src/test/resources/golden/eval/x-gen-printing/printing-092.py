x = np.array([28737, 2169, 10434], dtype=np.uint16)
x * 2
x.astype(bool)
(x.ndim, x.size)
print(x)
x.astype(np.int8)
