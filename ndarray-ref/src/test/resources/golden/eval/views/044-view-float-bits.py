# Viewing float64 bits as int64 and uint8.
a = np.array([1.0, -2.0])
a.view(np.int64)
a.view(np.uint8)
np.array([1], dtype=np.int32).view(np.uint8)
np.array([True, False]).view(np.uint8)
