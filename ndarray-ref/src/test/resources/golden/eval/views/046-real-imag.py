# .real and .imag of a complex array are views with the complex stride.
z = np.zeros(3, dtype=np.complex128)
z.imag[:] = [1, 2, 3]
z
z.real.strides, z.imag.strides
np.shares_memory(z.real, z)
z.real[0] = 5
z
