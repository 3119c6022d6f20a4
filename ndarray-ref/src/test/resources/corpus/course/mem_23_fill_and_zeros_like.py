a = np.arange(6).reshape(2, 3)
z = np.zeros_like(a)
z.fill(7)
z
o = np.ones_like(a.T)
o.flags['F_CONTIGUOUS']
e = np.full_like(a, 2.5)
e
