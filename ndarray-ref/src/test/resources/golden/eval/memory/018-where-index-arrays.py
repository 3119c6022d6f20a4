# where(cond) makes index arrays that are views of one hidden buffer.
m = np.arange(6).reshape(2, 3) > 2
live_bytes()
r, c = np.where(m)
live_bytes()
del c
live_bytes()
