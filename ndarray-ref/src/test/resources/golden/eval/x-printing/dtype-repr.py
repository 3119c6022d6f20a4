np.dtype('int64')
np.arange(3).dtype
print(np.arange(3).dtype)
np.zeros(2, dtype=np.complex128).dtype
str(np.zeros(1).dtype)
np.array([True]).dtype
