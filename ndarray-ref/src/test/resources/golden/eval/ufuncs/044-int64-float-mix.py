# int64 with float32 arrays gives float64.
(np.arange(2) + np.ones(2, dtype=np.float32)).dtype
(np.arange(2, dtype=np.int8) + np.ones(2, dtype=np.float32)).dtype
(np.arange(2, dtype=np.int32) + np.ones(2, dtype=np.float32)).dtype
(np.arange(2, dtype=np.uint16) + np.ones(2, dtype=np.float32)).dtype
