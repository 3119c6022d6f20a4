x = np.zeros((3, 0, 2), dtype=np.complex128)
-x
x
x.strides
x.astype(np.int8)
