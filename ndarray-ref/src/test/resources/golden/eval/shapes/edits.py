a = np.arange(6)
v = a[::2]
np.putmask(v, v > 1, [10, 20])
v, a
np.putmask(a, a > 2, 1.5)
a
np.putmask(a, [True], 1)
np.putmask([1, 2], [True, False], 1)
np.putmask(a, np.ones(6, bool), np.array([], dtype=int))
a
b = np.arange(6).reshape(2, 3)
np.putmask(b, b % 2 == 0, b * 100)
b
np.putmask(b.T, [[1, 0], [0, 0], [0, 1]], [7, 8, 9])
b
r = np.arange(6).reshape(2, 3)
r.flags.writeable = False
np.putmask(r, r > 1, 0)
c = np.arange(6)
np.place(c, c > 2, [44, 55])
c
np.place(c, c > 100, [])
np.place(c, c > 1, [])
np.place(c, [1, 0, 0, 0, 0, 0], 2.5)
c
np.place([1, 2], [True, False], 5)
e = np.arange(12).reshape((3, 4))
cond = np.mod(e, 3) == 0
x = np.extract(cond, e)
x, x.base is None, np.shares_memory(x, e)
np.extract([1, 0, 1], [[5, 6, 7]])
np.extract(e > 100, e)
m = np.array([[1, 2], [3, 4], [5, 6]])
k = np.compress([0, 1], m, axis=0)
k, k.base is None
np.compress([False, True, True], m, axis=0)
np.compress([False, True], m, axis=1)
np.compress([False, True], m)
np.compress([True, False, True, True], np.arange(3))
np.compress([True, False, False, False], np.arange(3))
np.compress([[True]], m)
np.compress([1, 0], m.T, axis=1).strides
d = np.zeros((2, 3))
np.copyto(d, np.arange(3))
d
np.copyto(d, [[1], [2]])
d
np.copyto(d, np.arange(4))
n = np.zeros(3, dtype=int)
np.copyto(n, np.arange(3.0))
np.copyto(n, np.arange(3.0), casting='unsafe')
n
np.copyto(n, [1.5, 2, 3])
np.copyto([1], n)
np.copyto(n, np.arange(3, dtype=np.int8))
n
np.copyto(n, np.arange(3), casting='nope')
w = np.arange(4)
np.copyto(w[::2], w[1::2])
w
np.copyto(n, np.arange(3.0), casting='same_value')
