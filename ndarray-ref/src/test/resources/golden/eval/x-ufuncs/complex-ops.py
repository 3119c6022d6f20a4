z = np.array([1+1j, 2])
z * 1j
z.real + z.imag
abs(z[0])
