a = np.full(1, 6, dtype=np.int32)
b = np.ascontiguousarray(a)
c = np.array(a, copy=False)
d = np.ascontiguousarray(b)
e = b[1:1]
d.dtype
d.flags['OWNDATA']
d += 1
e
a
