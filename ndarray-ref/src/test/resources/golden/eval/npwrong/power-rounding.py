np.float64(27) ** (1 / 3.)
np.float32(27) ** (1 / 3.)
np.float64(-np.inf) ** 0.5
np.float32(-np.inf) ** 0.5
np.float64(2) ** -1
np.float64(10) ** 400
np.float64(1.1) ** np.int64(3)
2.0 ** np.float64(0.3)
3 ** np.float64(0.3)
np.float32(3.3) ** np.float32(2.7)
np.float32(3.3) ** 2.7
np.float64(3.3) ** np.float32(2.7)
np.arange(5.) ** 3
np.arange(5, dtype=np.float32) ** 3
np.array([1.5, 2.5, -0.5]) ** 4
np.array([2.0, 4.0, 0.25]) ** -2
np.array([3.0, 2.0]) ** np.array([2.0, 3.0])
np.array([0.0, 1.0, np.inf, np.nan]) ** 0.3
np.array([2.0, 3.0]) ** 0
np.array([2.0, 3.0]) ** 0.5
np.array([4.0, 9.0]) ** 1.0
np.array([4.0, 9.0]) ** -1
np.power(np.array([2.0, 5.0]), 3)
np.power(np.float64(2.0), 10)
np.arange(4) ** 2
np.int64(3) ** 2
np.int64(2) ** 0.5
np.int64(27) ** 1
np.int64(8) ** 3.0
x = np.array([1.0, 2.0]); x **= 3
x
