# The flags of a fresh array and of a strided view.
a = np.arange(6).reshape(2, 3)
a.flags
a[:, ::2].flags
print(a.T.flags)
