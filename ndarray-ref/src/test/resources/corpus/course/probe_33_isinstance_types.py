a = np.arange(3)
isinstance(a, np.ndarray)
type(a).__name__
type(a[0]).__name__
isinstance(a[0], np.integer)
isinstance(a[0], int)
isinstance(1.0, float)
