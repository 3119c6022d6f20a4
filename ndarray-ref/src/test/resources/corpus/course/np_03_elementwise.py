a = np.array([1, 2, 3, 4])
b = np.array([10, 20, 30, 40])
a + b
a * b
b / a
b // a
a ** 2
-a
a % 3
