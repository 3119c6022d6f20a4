a = np.arange(3, dtype=np.int8)
(a + 1).dtype
(a + 1.0).dtype
(a + np.arange(3)).dtype
(a + np.float32(1)).dtype
(a * True).dtype
