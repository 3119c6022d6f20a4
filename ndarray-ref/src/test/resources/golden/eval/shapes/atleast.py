s = np.array(3)
a1 = np.atleast_1d(s)
a1, a1.base is s, a1.strides
v = np.arange(3)
np.atleast_1d(v) is v
np.atleast_1d(5)
np.atleast_1d(1, [2, 3])
np.atleast_1d()
np.atleast_2d()
b2 = np.atleast_2d(v)
b2, b2.base is v, b2.strides, b2.flags.c_contiguous
c2 = np.atleast_2d(s)
c2, c2.base is s, c2.strides
m = np.ones((2, 2))
np.atleast_2d(m) is m
np.atleast_2d(1, v)
d3 = np.atleast_3d(v)
d3, d3.shape, d3.strides, d3.base is v
e3 = np.atleast_3d(m)
e3.shape, e3.strides, e3.base is m
np.atleast_3d(s).shape, np.atleast_3d(s).strides
q = np.ones((2, 2, 2))
np.atleast_3d(q) is q
np.atleast_3d(v[::2]).strides
np.atleast_1d(a=1)
d3[0, 1, 0] = 50
v
