np.add
type(np.add)
np.ufunc
isinstance(np.multiply, np.ufunc)
np.abs, np.mod, np.true_divide
np.absolute.__name__, np.divide.__name__
np.add.nin, np.add.nout, np.add.nargs
np.negative.nin, np.negative.nargs
np.add.identity, np.multiply.identity, np.bitwise_and.identity, np.bitwise_or.identity, np.subtract.identity
np.power.identity
np.add.signature
np.add.ntypes, np.multiply.ntypes, np.equal.ntypes, np.invert.ntypes, np.absolute.ntypes, np.divide.ntypes
[f.ntypes for f in (np.subtract, np.floor_divide, np.remainder, np.power, np.negative, np.positive, np.bitwise_xor)]
np.add.foo
np.add(1, 2)
np.add(np.arange(3), 1)
np.add.reduce(np.arange(4))
np.add.reduce([1, 2, 3])
np.add.reduce([[1, 2], [3, 4]])
np.add.reduce([[1, 2], [3, 4]], axis=None)
np.add.reduce([[1, 2], [3, 4]], 1, np.float32)
np.add.reduce([[1, 2], [3, 4]], keepdims=True)
np.add.reduce([1, 2], 0, None, None, True)
np.add.reduce(np.array(5))
np.add.reduce([True, True])
np.add.reduce()
np.add.reduce(x=[1])
np.multiply.reduce([])
np.multiply.reduce(np.arange(1, 6))
np.multiply.reduce(np.arange(6).reshape(2, 3), axis=1)
np.add.reduce(np.ones((2, 3, 4)), axis=(0, 2))
np.add.reduce(np.arange(3), axis=1)
np.add.outer(np.arange(3), np.arange(4))
np.add.outer(np.arange(3, dtype=np.int8), 1)
np.add.outer(2, 3)
np.multiply.outer([1, 2], [[1], [2]]).shape
np.negative.outer([1])
np.add.outer(np.arange(3, dtype=np.int8), 1.5)
np.add.outer(np.arange(2.), np.arange(2.)).flags.c_contiguous
np.add.outer(np.arange(4).reshape(2, 2).T, [1, 2]).strides
np.less.outer([1, 2, 3], [2])
np.power.outer([2, 3], [0, 1, 2])
f = np.add
f(np.int8(3), np.int8(4))
