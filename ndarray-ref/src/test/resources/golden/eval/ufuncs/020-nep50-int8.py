# NEP 50: a Python int takes the array's dtype (it must fit).
a = np.array([1, 2], dtype=np.int8)
a + 1
a + 127
a + 300
a * -1
(a + 1.5).dtype
