# zeros, ones and full allocate new arrays.
z = np.zeros((2, 2))
z.base is None, z.flags.owndata
np.ones(3, dtype=np.int16)
np.full((2, 3), 7)
np.full(2, 2.5, dtype=np.float32)
np.zeros(-1)
np.full(2, [1, 2, 3])
