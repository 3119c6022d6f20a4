# Lists and tuples show the reprs of the NumPy scalars inside.
a = np.arange(3)
[a[0], a[1]]
(a[2], 1.5)
[np.int64(1), np.float64(2.0)]
np.array([1, 2]).sum()
np.array([1, 2]).tolist()
