# NumPy names the reference binds, each used once
a = np.array([3, -1, 2])
b = np.array([2, 5, 2])
np.add
np.add(a, b)
np.subtract(a, b)
np.multiply(a, b)
np.divide(a, b)
np.true_divide(a, b)
np.floor_divide(a, b)
np.remainder(a, b)
np.mod(a, b)
np.power(a, b)
np.negative(a)
np.positive(a)
np.absolute(a)
np.abs(a)
np.invert(a)
np.bitwise_and(a, b)
np.bitwise_or(a, b)
np.bitwise_xor(a, b)
np.equal(a, b)
np.not_equal(a, b)
np.less(a, b)
np.less_equal(a, b)
np.greater(a, b)
np.greater_equal(a, b)
np.amax(a)
np.amin(a)
np.nonzero(a)
np.zeros_like(a)
np.ones_like(a)
np.empty_like(a).shape
np.e
np.pi
for t in [np.ubyte, np.byte, np.short, np.ushort, np.intc, np.uintc, np.int_, np.intp, np.uint, np.single, np.double, np.csingle, np.cdouble, np.complex64]:
    print(t, t(1))
isinstance(np.complex64(1), np.complexfloating)
d = np.dtype('float32')
d.type, d.kind, d.str, d.alignment, d.byteorder, d.char
np.dtype('int8').byteorder
a.nonzero()
a.conj()
a.conjugate()
for s in [np.bool(True), np.int8(2), np.uint8(2), np.int16(2), np.uint16(2), np.int32(2), np.uint32(2), np.int64(2), np.uint64(2), np.float32(2), np.float64(2)]:
    print(repr(s.conj()), repr(s.conjugate()))
np.float64(2).nonzero()
np.int8(0).nonzero()
np.bool(True).nonzero()
