np.zeros(2, dtype='int8')
np.zeros(2, 'float32')
np.array([1, 2], dtype='f8')
np.arange(3, dtype='u1')
np.ones(2, dtype='bool')
np.zeros(1, dtype='complex128')
np.array([1], dtype='i4').dtype
