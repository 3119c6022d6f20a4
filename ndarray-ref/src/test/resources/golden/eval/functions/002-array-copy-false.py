# copy=False never copies: it returns the array itself or raises.
a = np.arange(6).reshape(2, 3)
np.array(a, copy=False) is a
np.array([1, 2, 3], copy=False)
np.array(a, dtype=np.float32, copy=False)
np.array(a, order='F', copy=False)
