# range objects and list/tuple conversions.
r = range(2, 10, 3)
list(r)
tuple(r)
len(r)
np.array(r)
np.array(range(3), dtype=np.float32)
