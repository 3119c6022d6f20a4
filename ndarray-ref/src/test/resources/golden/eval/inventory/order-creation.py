# every order value, on C, F and non-contiguous arrays
a = np.arange(12).reshape(3, 4)
f = np.asfortranarray(a)
t = a[:, ::2]
r = np.zeros((2, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.zeros((2, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.ones((2, 3), order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.empty((2, 3), order='C').strides; r
r = np.empty((2, 3), order='F').strides; r
r = np.empty((2, 3), order='A').strides; r
r = np.empty((2, 3), order='K').strides; r
r = np.empty((2, 3), order=None).strides; r
r = np.empty((2, 3), order='c').strides; r
r = np.empty((2, 3), order='f').strides; r
r = np.empty((2, 3), order='a').strides; r
r = np.empty((2, 3), order='k').strides; r
r = np.empty((2, 3), order='X').strides; r
r = np.empty((2, 3), order=1).strides; r
r = np.empty((2, 3), order='C').strides; r
r = np.empty((2, 3), order='F').strides; r
r = np.empty((2, 3), order='A').strides; r
r = np.empty((2, 3), order='K').strides; r
r = np.empty((2, 3), order=None).strides; r
r = np.empty((2, 3), order='c').strides; r
r = np.empty((2, 3), order='f').strides; r
r = np.empty((2, 3), order='a').strides; r
r = np.empty((2, 3), order='k').strides; r
r = np.empty((2, 3), order='X').strides; r
r = np.empty((2, 3), order=1).strides; r
r = np.empty((2, 3), order='C').strides; r
r = np.empty((2, 3), order='F').strides; r
r = np.empty((2, 3), order='A').strides; r
r = np.empty((2, 3), order='K').strides; r
r = np.empty((2, 3), order=None).strides; r
r = np.empty((2, 3), order='c').strides; r
r = np.empty((2, 3), order='f').strides; r
r = np.empty((2, 3), order='a').strides; r
r = np.empty((2, 3), order='k').strides; r
r = np.empty((2, 3), order='X').strides; r
r = np.empty((2, 3), order=1).strides; r
r = np.full((2, 3), 7, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='C'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='F'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='A'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='K'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order=None); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='c'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='f'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='a'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='k'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order='X'); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
r = np.full((2, 3), 7, order=1); r, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.base is None
