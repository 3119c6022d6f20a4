# Arithmetic makes a new array that owns its data.
a = np.arange(4)
b = a + 1
b
b.base is None
np.shares_memory(a, b)
a * 2, a - 1, a / 2
