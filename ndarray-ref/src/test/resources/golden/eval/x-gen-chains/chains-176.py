a = np.ones(5, dtype=np.uint8).reshape(1, 5)
b = np.broadcast_to(a, (2,) + a.shape)
c = np.expand_dims(b, 0)
c.nbytes
c.base is c
a.flags['C_CONTIGUOUS']
b.base.shape
b.nbytes
c *= 2
a
print(b)
c
