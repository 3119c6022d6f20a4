a = np.arange(3)
(a, a[0])
[a, 1.5]
(np.float64(1.0), 2)
