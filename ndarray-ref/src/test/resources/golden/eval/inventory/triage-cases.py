# the corpus triage's wrong answers that are now NumPy's errors or unsupported
np.array(1, 2, 3, 4)
np.generic()
np.integer()
np.floating(1)
a = np.arange(3)
a.setflags(write=0, align=1)
a.flags.aligned
np.add(a, a, dtype=None)
np.issubclass_
np.lib.no_such_module
np.dtype
type(np.dtype)
isinstance(a.dtype, np.dtype)
isinstance(1, np.dtype)
isinstance(np.float64(1), np.dtype)
np.dtype('int8')
np.dtype(np.float32)
np.dtype(a.dtype) is a.dtype
np.dtype.no_such_name
