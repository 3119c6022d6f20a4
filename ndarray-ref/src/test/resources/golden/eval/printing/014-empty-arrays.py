# Empty arrays always show their dtype; shapes other than (0,) show shape too.
np.array([])
np.array([], dtype=np.int32)
np.zeros((0, 3))
np.array([[]])
np.arange(10)[5:2]
np.zeros((2, 0), dtype=np.bool_)
