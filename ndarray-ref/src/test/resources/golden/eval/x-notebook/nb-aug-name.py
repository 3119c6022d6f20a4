a = np.arange(3)
b = a
a += 1
b
a = a + 1
b
a is b
