x = np.arange(6).reshape(2, 3)
y = np.require(x, dtype=np.float32, requirements=['A', 'O', 'W', 'F'])
y.flags.f_contiguous, y.flags.owndata, y.dtype, y.base is None
z = np.require(x, requirements='C')
z is x
t = np.require(x.T, requirements='C')
t is x.T, t.base is None, t.flags.c_contiguous, np.shares_memory(t, x)
o = np.require(x, requirements=['O'])
o is x, o.base is None, o.flags.owndata, o.flags.c_contiguous
f = np.require(x.T, requirements=['O'])
f.flags.f_contiguous, f.flags.owndata
np.require(x, requirements=['C', 'F'])
np.require(x, requirements=['Z'])
np.require(x) is x
np.require(x, requirements=[]) is x
np.require([1, 2], requirements='W')
r = np.arange(3)
r.flags.writeable = False
w = np.require(r, requirements=['W'])
w.flags.writeable, w is r
np.require(r, requirements=['ensurearray']) is r
np.require(x, requirements=['c_contiguous']) is x
