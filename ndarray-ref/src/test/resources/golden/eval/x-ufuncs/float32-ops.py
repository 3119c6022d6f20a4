a = np.ones(3, dtype=np.float32)
(a + 1).dtype
(a + 1.0).dtype
(a + np.float64(1)).dtype
(a + np.arange(3)).dtype
a / 3
