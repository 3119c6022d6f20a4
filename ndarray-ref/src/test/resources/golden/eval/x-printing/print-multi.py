a = np.arange(3)
print(a, a.shape)
print("shape:", a.shape, "dtype:", a.dtype)
print(a.strides, a.ndim)
