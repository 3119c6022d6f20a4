# astype copies by default, even to the same dtype.
a = np.arange(4)
b = a.astype(np.int64)
b is a
b.base is None
a.astype(np.int64, copy=False) is a
a.astype(np.int8, copy=False) is a
np.array([1.9, -1.9]).astype(np.int64)
np.array([300, -1]).astype(np.uint8)
