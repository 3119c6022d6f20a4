# a[...] is a new view object of the whole array, never the array itself.
a = np.arange(4)
v = a[...]
v is a
v.base is a
v[0] = 7
a
