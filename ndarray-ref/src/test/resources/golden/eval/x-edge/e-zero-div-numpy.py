np.int64(1) // np.int64(0)
np.float64(1) / 0
np.arange(3.0) % 0
np.int64(5) % np.int64(0)
np.array(0) / np.array(0)
