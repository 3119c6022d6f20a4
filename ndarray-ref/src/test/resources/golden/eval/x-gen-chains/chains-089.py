a = np.ones(4, dtype=np.float32)
b = np.array(a)
c = a.flatten()
d = np.broadcast_to(b, (2,) + b.shape)
c.flags['WRITEABLE']
d.flags.f_contiguous
d += 1
b
a
print(d)
