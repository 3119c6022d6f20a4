# broadcast_to makes a read-only view; shapes must be compatible.
x = np.arange(3)
b = np.broadcast_to(x, (4, 3))
b.strides
b.base is x
np.shares_memory(b, x)
np.broadcast_to(x, (3, 2))
np.broadcast_to(np.ones((2, 3)), (3, 3))
