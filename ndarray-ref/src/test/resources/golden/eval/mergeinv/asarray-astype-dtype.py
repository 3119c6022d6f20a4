# Where the two merged branches met: np.asarray's positional order, astype's casting rules, np.dtype's keywords,
# NumPy scalar types on sequences, ufunc objects
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.asarray(a, None, 'F')
b.flags.f_contiguous
b is a
np.asarray([1, 2], None, 'F')
np.asarray([1, 2], None, 'C', None)
np.arange(4).astype(float, casting='safe')
np.arange(4.0).astype(int, casting='safe')
np.arange(4.0).astype(np.float32, casting='same_kind')
np.dtype('f8', align=True)
np.dtype('f8', copy=False)
np.dtype('f8', metadata=None)
np.dtype()
np.dtype('q')
np.dtype('bool8')
np.dtype('i3')
np.int16([1, 2])
np.uint8((3, 4.5))
np.add
type(np.multiply)
np.add.nin
np.add(1, 2, dtype=None)
isinstance(np.dtype('i8'), np.dtype)
