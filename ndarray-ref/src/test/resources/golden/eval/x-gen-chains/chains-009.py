a = np.arange(16, dtype=np.uint8).reshape(4, 4)
b = a[a > 0]
c = a.reshape(16)
d = a.ravel()
e = np.copy(c)
c.flags['WRITEABLE']
d.flags['C_CONTIGUOUS']
d.strides
b.flags['OWNDATA']
b[::2] = 57
print(e)
c
print(a)
