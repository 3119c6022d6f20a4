# np.random.ranf and np.random.sample are random_sample under older names; size= is read as a shape to make (PyArray_IntpConverter), rand(*shape) as a tuple of its entries.
np.random.seed(3)
np.random.ranf(2)
np.random.sample((2, 1))
np.random.sample()
np.random.ranf(2.5)
np.random.ranf(True)
np.random.ranf(2**64)
np.random.rand(2.5)
np.random.rand(True)
np.random.rand(2, 2**64)
np.random.standard_normal((2.0,))
np.random.randint(3, size=2.5)
np.random.rand(np.int64(2)).shape
