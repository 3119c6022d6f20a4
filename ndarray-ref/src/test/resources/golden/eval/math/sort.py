a = np.array([3, 1, 2, 5, 4])
s = np.sort(a)
s
a
s.base is None
np.shares_memory(s, a)
a.sort()
a
b = np.array([[5, 2, 9], [1, 7, 3]])
np.sort(b)
np.sort(b, axis=0)
np.sort(b, axis=None)
np.sort(b, axis=None).base is None
v = b[:, ::2]
v.sort(axis=0)
b
b[0].sort()
b
f = np.array([np.nan, 3.0, -np.inf, 1.5, np.inf, -2.0, np.nan])
np.sort(f)
np.sort(np.array([2**63, 5, 2**64 - 1], dtype=np.uint64))
np.sort(np.array([True, False, True]))
np.sort([3, 1, 2])
np.sort(np.arange(6).reshape(2, 3).T)
np.sort(np.arange(6).reshape(2, 3).T).flags['F_CONTIGUOUS']
np.sort(np.array([3, 1, 2]), kind='stable')
np.sort(np.array([3, 1, 2]), kind='mergesort')
np.sort(np.array([3, 1, 2]), kind='q')
np.sort(np.array([3, 1, 2]), kind='bogus')
np.sort(np.array([3, 1, 2]), kind='')
np.sort(np.array([3, 1, 2]), kind=3)
np.sort(b, axis=2)
np.sort(np.array(3))
r = np.arange(3)
r.flags.writeable = False
r.sort()
np.sort(r)
np.sort(np.array([0.0, -0.0, 1.0]), kind='stable')
np.sort(np.array([-0.0, 0.0, 1.0]), kind='stable')
np.sort(np.array([0.0, 0.0, -1.0]))
np.sort(np.zeros((2, 0)))
