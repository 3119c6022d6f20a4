np.full(3, 2).dtype
np.full(3, 2.0).dtype
np.full(3, True).dtype
np.full((2, 2), 1, dtype=np.float32)
np.full(2, np.nan)
