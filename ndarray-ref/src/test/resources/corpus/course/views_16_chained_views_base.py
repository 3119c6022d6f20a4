a = np.arange(24)
b = a.reshape(4, 6)
c = b[1:3, ::2]
print(c.base is a)
print(c.base is b)
print(c)
c.flags
