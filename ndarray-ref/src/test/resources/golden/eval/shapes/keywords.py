# keyword and positional mistakes in calls of the shape functions: NumPy's own TypeErrors
import numpy as np
a = np.arange(4)
np.atleast_1d(a, ndim=2)
np.atleast_2d()
np.hstack([a, a], None)
np.hstack([a, a], dtype=None)
np.column_stack([a, a], axis=0)
np.meshgrid(a, a, indexing='ij', order='C')
np.meshgrid(indexing='ij')
np.ix_(a, axis=0)
np.broadcast_shapes((2,), (1,), order='C')
np.broadcast_arrays(a, a, subok=True)[1] is a
np.flip(a, axes=0)
np.roll(a)
np.tri(2, 3, 1, int)
np.identity(2, int)
np.require(a, None, None)
np.require(a, requirements=['F', 'W']) is a
np.putmask(a, a > 1, [7])
a
np.compress([True, False], np.arange(4).reshape(2, 2), axis=0, out=None)
np.copyto(a, [1, 2, 3, 4], 'unsafe')
a
np.arange(6).reshape(2, 3).repeat(2, axis=1)
np.arange(3).repeat(repeats=2)
np.arange(3).repeat(2, 0, 1)
np.arange(3).repeat()
np.arange(3).repeat(2, axes=0)
np.unravel_index(5, (2, 3), order='F')
np.ravel_multi_index((1, 2), (2, 3), mode='wrap', order='F')
