a = np.arange(3)
b = np.arange(3).reshape(3, 1)
a + b
(a + b).shape
