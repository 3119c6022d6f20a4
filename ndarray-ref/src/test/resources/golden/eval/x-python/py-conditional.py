a = np.arange(4)
"empty" if a.size == 0 else "full"
a if a.ndim > 1 else a.reshape(2, 2)
(a.base is None) and "owner" or "view"
