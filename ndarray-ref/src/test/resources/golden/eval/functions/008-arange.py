# arange mirrors range(), with floats allowed.
np.arange(5)
np.arange(2, 10, 3)
np.arange(10, 0, -3)
np.arange(0)
np.arange(1, 0, 0)
np.arange(5, dtype=np.uint8)
