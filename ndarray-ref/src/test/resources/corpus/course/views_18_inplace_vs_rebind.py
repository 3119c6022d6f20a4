a = np.zeros(4)
b = a
a += 1
print(b)
a = a + 1
print(b)
print(a)
a is b
