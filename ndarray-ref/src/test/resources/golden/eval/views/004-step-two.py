# Every other element: the stride doubles, no data is copied.
a = np.arange(10)
e = a[::2]
o = a[1::2]
e, o
e.strides, o.strides
np.shares_memory(e, o)
np.may_share_memory(e, o)
