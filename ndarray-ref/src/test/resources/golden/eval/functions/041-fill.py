# fill overwrites every element in place, casting the value.
a = np.zeros(4, dtype=np.int64)
v = a[1:3]
v.fill(7)
a
a.fill(2.7)
a
a.fill(None)
