a = np.arange(6).reshape(2, 3)
print("shape:", a.shape, "strides:", a.strides)
t = a.T
print("shape:", t.shape, "strides:", t.strides)
print(t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS'])
t.base is a
