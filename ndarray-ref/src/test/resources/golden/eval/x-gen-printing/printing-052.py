x = np.array(0.1, dtype=np.complex128)
x.ravel()[:5]
x.real
