# every order value, on C, F and non-contiguous arrays
a = np.arange(12).reshape(3, 4)
f = np.asfortranarray(a)
t = a[:, ::2]
r = np.reshape(a, (4, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(a, (4, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(f, (4, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.reshape(t, (4, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.reshape(4, 3, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.reshape(4, 3, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.reshape(4, 3, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(a, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(f, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ravel(t, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.ravel(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.ravel(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.ravel(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = a.flatten(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = f.flatten(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = t.flatten(order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
