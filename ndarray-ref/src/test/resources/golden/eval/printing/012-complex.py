# Complex numbers print real and imaginary parts as two aligned float columns.
z = np.zeros(2, dtype=np.complex128)
z.real[:] = [1.0, -3.5]
z.imag[:] = [2.0, -1.0]
z
print(z)
z.imag
z[0]
