# The attributes that describe an array.
a = np.zeros((2, 3), dtype=np.float32)
a.dtype
a.shape
a.strides
a.ndim, a.size, a.itemsize, a.nbytes
print(a.dtype)
str(a.dtype)
