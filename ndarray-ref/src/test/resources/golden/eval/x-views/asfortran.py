a = np.arange(6).reshape(2, 3)
f = np.asfortranarray(a)
f.strides
f.flags['F_CONTIGUOUS']
f.flags['C_CONTIGUOUS']
f
g = np.asfortranarray(a.T)
np.shares_memory(g, a)
