# broadcast_to gives a read-only view with stride 0 on the new axis.
x = np.arange(3)
b = np.broadcast_to(x, (2, 3))
b
b.strides
b.flags.writeable
b[0, 0] = 5
b + 1
