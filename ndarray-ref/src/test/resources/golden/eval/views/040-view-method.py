# .view() makes a new array object on the same buffer.
f = np.array([4, 5, 6, 7, 8])
h = f.view()
h is f
h.base is f
np.may_share_memory(h, f)
h[0] = -4
f
