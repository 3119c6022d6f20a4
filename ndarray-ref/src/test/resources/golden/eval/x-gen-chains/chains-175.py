a = np.ones(5, dtype=np.int16)
b = np.broadcast_to(a, (2,) + a.shape)
c = a[()]
a.flags['C_CONTIGUOUS']
np.shares_memory(a, a)
a.flags.f_contiguous
c[-1] = 48
c
b
print(a)
