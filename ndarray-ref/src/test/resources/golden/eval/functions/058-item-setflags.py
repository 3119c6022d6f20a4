# item reads one element as a Python number; setflags with no change.
a = np.arange(4.0)
a.item(2)
type(a.item(2))
a.setflags(write=True)
a.item(-1)
a.item(4)
