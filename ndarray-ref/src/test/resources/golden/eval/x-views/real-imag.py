z = np.array([1+2j, 3-4j])
z.real
z.imag
z.real.base is z
z.imag[0] = 10
z
x = np.arange(3.0)
x.imag
x.real is x
