# Arithmetic with complex arrays.
z = np.ones(2, dtype=np.complex128)
z.imag[:] = [1, -1]
z * z
z + 1
z * 2.5
z.real * z.imag
