# every order value, on C, F and non-contiguous arrays
a = np.arange(12).reshape(3, 4)
f = np.asfortranarray(a)
t = a[:, ::2]
r = np.zeros_like(a, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(a, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(f, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros_like(t, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(a, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(f, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones_like(t, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(a, 3, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(f, 3, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full_like(t, 3, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.empty_like(a, order='C').strides; r
r = np.empty_like(a, order='F').strides; r
r = np.empty_like(a, order='A').strides; r
r = np.empty_like(a, order='K').strides; r
r = np.empty_like(a, order=None).strides; r
r = np.empty_like(a, order='c').strides; r
r = np.empty_like(a, order='f').strides; r
r = np.empty_like(a, order='a').strides; r
r = np.empty_like(a, order='k').strides; r
r = np.empty_like(a, order='X').strides; r
r = np.empty_like(a, order=1).strides; r
r = np.empty_like(f, order='C').strides; r
r = np.empty_like(f, order='F').strides; r
r = np.empty_like(f, order='A').strides; r
r = np.empty_like(f, order='K').strides; r
r = np.empty_like(f, order=None).strides; r
r = np.empty_like(f, order='c').strides; r
r = np.empty_like(f, order='f').strides; r
r = np.empty_like(f, order='a').strides; r
r = np.empty_like(f, order='k').strides; r
r = np.empty_like(f, order='X').strides; r
r = np.empty_like(f, order=1).strides; r
r = np.empty_like(t, order='C').strides; r
r = np.empty_like(t, order='F').strides; r
r = np.empty_like(t, order='A').strides; r
r = np.empty_like(t, order='K').strides; r
r = np.empty_like(t, order=None).strides; r
r = np.empty_like(t, order='c').strides; r
r = np.empty_like(t, order='f').strides; r
r = np.empty_like(t, order='a').strides; r
r = np.empty_like(t, order='k').strides; r
r = np.empty_like(t, order='X').strides; r
r = np.empty_like(t, order=1).strides; r
