# A purely imaginary complex array.
w = np.ones(3, dtype=np.complex128)
w.real[:] = 0
w
w.imag[1] = -2.5
w
w.tolist()
