# In-place on a view writes the base; plain assignment rebinds the view name.
b = np.arange(6)
v = b[::2]
v *= 10
v = v * 10
b
v
v.base is None
