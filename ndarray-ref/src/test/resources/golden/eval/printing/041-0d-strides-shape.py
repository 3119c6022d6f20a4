# 0-d arrays have an empty shape and strides.
z = np.array(3.0)
z.shape, z.strides, z.ndim, z.size
z.item()
z.tolist()
z[()]
z[...]
