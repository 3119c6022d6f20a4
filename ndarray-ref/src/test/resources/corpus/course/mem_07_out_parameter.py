a = np.arange(4, dtype=float)
out = np.empty_like(a)
r = np.multiply(a, 2, out=out)
r is out
out
np.add(a, 1, out=a)
a
