# sum reduces; axis picks the direction; dtypes widen.
m = np.arange(6).reshape(2, 3)
m.sum()
m.sum(axis=0)
m.sum(axis=1)
np.sum(m, axis=-1)
np.arange(4, dtype=np.int8).sum()
np.arange(4, dtype=np.uint8).sum().dtype
