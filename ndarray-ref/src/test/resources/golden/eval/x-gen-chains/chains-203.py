a = np.full(8, -1).reshape(2, 4)
b = np.ascontiguousarray(a)
c = b[0:, :]
(b.base is a, np.may_share_memory(b, a))
c.base is b
a.flags['WRITEABLE']
a.flags['WRITEABLE']
b[::2] = 113
print(b)
