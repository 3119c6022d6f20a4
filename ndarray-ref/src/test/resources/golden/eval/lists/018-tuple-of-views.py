# A tuple of views keeps all of them pointing at one buffer.
a = np.arange(6)
parts = (a[:3], a[3:])
parts[0].base is a, parts[1].base is a
a[:] = 0
parts
type(parts)
