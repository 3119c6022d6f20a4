a = np.zeros(3, dtype=np.int16)
b = a.view()
c = b.squeeze()
d = a[a > 3]
a.flags['WRITEABLE']
b.strides
b.flags['C_CONTIGUOUS']
a.flags['C_CONTIGUOUS']
c.dtype
b.fill(111)
d
print(c)
print(a)
