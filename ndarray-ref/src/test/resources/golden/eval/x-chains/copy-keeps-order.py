a = np.arange(6).reshape(2, 3)
f = np.asfortranarray(a)
c = f.copy()
c.flags['C_CONTIGUOUS']
c2 = np.copy(f)
c2.flags['F_CONTIGUOUS']
