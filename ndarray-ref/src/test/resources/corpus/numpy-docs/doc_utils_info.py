a = np.array([[1 + 2j, 3, -4], [-5j, 6, 0]], dtype=np.complex64)
np.info(a)
