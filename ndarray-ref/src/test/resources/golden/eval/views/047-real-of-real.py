# .real of a real array is the array itself; .imag is a new read-only zero array.
m = np.arange(3)
m.real is m
m.imag
m.imag.flags.writeable
m.imag.flags.owndata
m.imag[0] = 1
