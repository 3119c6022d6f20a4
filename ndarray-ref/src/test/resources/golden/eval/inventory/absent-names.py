# Names the owner does not have: NumPy's and CPython's own errors
a = np.arange(6)
a.no_such_name
a.flatten_all()
np.float64(1.5).no_such_name
np.int8(1).hex
np.dtype('int32').no_such_name
a.dtype.no_such_name
a.flags.no_such_name
a.flags.c
np.no_such_name
np.lib.no_such_name
np.lib.stride_tricks.no_such_name
np.random.no_such_name
np.linalg.no_such_name
np.exceptions.no_such_name
np.ndarray.no_such_name
np.float64.no_such_name
list.no_such_name
a.base.no_such_name
a.base.shape
[].no_such_name
(1, 2).no_such_name
{}.no_such_name
'abc'.no_such_name
(3).no_such_name
True.no_such_name
1.5.no_such_name
2j.no_such_name
range(3).no_such_name
slice(2).no_such_name
no_such_name
