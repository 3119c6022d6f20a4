l = [1, 1.0, True, "1"]
l.count(1)
l.index(True)
l.remove(1.0)
l
[np.nan].count(np.nan)
[float("nan")].count(float("nan"))
