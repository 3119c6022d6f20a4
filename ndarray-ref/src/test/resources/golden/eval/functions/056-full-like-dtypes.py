# full infers the dtype from the fill value.
np.full(2, 1).dtype
np.full(2, 1.0).dtype
np.full(2, True).dtype
np.full(2, 5, dtype=np.float32)
np.full((2, 2), np.nan)
