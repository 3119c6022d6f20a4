z = np.array(7)
z[0]
z[()] = 8
z
z[...] = 9
z
z[None].shape
z.reshape(1)
