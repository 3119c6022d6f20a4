x = np.float64(1.5)
x * 2
type(x * 2)
np.int64(7) // 2
np.int64(7) / 2
np.int8(100) + np.int8(100)
