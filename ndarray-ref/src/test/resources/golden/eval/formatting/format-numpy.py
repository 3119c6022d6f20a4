a = np.arange(3)
format(a, '')
f"{a}"
format(a, '.2f')
f"{np.float64(1/3):.3f}"
f"{np.float32(0.1)}"
f"{np.float32(0.1):.3f}"
format(np.float32(0.1), '>12')
format(np.int64(5), '03')
format(np.uint8(7), 'b')
format(np.bool_(True), '')
format(np.bool_(True), '>6')
format(np.bool_(True), 'd')
format(np.array(1.5), '.2f')
format(np.array(7), 'x')
format(np.array(True), '')
format(np.complex128(1+2j), '')
f"{np.int32(-7):+05}"
m = np.arange(6).reshape(2, 3)
f"{m}"
f"{m!r}"
f"{m.sum():,}"
f"{m.mean():.2f}"
f"{m.dtype}"
f"{m.shape}"
