# float32 stays float32 with Python floats and ints.
f = np.array([1.5, 2.5], dtype=np.float32)
f + 1
f * 0.1
(f + 1e300).dtype
f + 1e300
(f + np.float64(1.0)).dtype
