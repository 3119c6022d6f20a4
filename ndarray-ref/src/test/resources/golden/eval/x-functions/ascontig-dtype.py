a = np.arange(6).reshape(2, 3)[:, ::2]
b = np.ascontiguousarray(a)
b
b.strides
np.ascontiguousarray(5).shape
np.ascontiguousarray(a, dtype=np.float32).dtype
