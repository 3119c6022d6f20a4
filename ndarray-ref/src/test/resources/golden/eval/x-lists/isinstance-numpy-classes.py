a = np.arange(3)
x = a[0]
isinstance(x, np.integer), isinstance(x, np.signedinteger), isinstance(x, np.unsignedinteger)
isinstance(x, np.generic), isinstance(x, np.number), isinstance(x, np.floating)
isinstance(np.uint8(1), np.unsignedinteger)
isinstance(np.float32(1), float), isinstance(np.float64(1), float)
isinstance(np.bool_(True), np.number), isinstance(True, int)
isinstance(np.complex128(1), complex), isinstance(a, np.generic)
isinstance(x, (list, np.integer))
