z = np.array([1 + 2j, 3 + 4j])
r = z.real
r[0] = 10
z
r.strides
z.imag.base is z
