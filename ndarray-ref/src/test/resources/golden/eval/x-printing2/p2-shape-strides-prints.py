a = np.zeros((3, 1, 2), dtype=np.int16)
print(a.shape, a.strides)
a.shape[0]
type(a.shape)
a.strides[-1]
np.zeros(()).strides
