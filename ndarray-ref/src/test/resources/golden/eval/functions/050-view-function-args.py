# view() with a dtype given by keyword.
a = np.arange(4, dtype=np.int32)
v = a.view(dtype=np.uint8)
v.shape
v.base is a
a.view(np.float32).dtype
a.view(np.int64)
