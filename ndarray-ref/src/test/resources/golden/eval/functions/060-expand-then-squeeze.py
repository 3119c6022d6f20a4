# expand_dims then squeeze returns to the same shape, always viewing the same data.
a = np.arange(4)
e = np.expand_dims(a, 1)
s = e.squeeze()
s.base is a
s[0] = 10
a
s is a
