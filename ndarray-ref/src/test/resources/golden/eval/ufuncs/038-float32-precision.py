# float32 arithmetic keeps float32 precision.
f = np.array([0.1], dtype=np.float32)
f * 3
f + f + f
np.float32(0.1) * 3
np.float64(0.1) * 3
