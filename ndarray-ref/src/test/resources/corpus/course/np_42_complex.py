z = np.array([1 + 2j, 3 - 1j])
z.real
z.imag
np.abs(z)
z.conj()
z * 1j
