# Every reader of a shape to make (PyArray_IntpConverter) refuses a length beyond an intp, after its own checks.
a = np.arange(6)
a.transpose(2**64)
a.reshape(2, 2**64)
np.reshape(a, (2**63,))
np.broadcast_to(a, 2**64)
np.broadcast_to(a, ('x',))
a.shape = 2**64
a.shape = 1.5
a.shape = None
np.zeros(None)
np.zeros(True)
a.reshape(3, 2).shape
