np.arange(1500).astype(np.int8)
