# every order value, on C, F and non-contiguous arrays
a = np.arange(12).reshape(3, 4)
f = np.asfortranarray(a)
t = a[:, ::2]
r = np.copy(a, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(a, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(f, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.copy(t, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.copy(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.copy(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.copy(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(float, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(float, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(float, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='C', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='F', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='A', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='K', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order=None, copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='c', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='f', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='a', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='k', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order='X', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.astype(np.int64, order=1, copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='C', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='F', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='A', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='K', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order=None, copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='c', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='f', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='a', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='k', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order='X', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.astype(np.int64, order=1, copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='C', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='F', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='A', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='K', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order=None, copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='c', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='f', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='a', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='k', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order='X', copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.astype(np.int64, order=1, copy=False); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
