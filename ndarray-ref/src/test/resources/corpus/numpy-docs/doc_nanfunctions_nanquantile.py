import numpy as np
a = np.array([[10., 7., 4.], [3., 2., 1.]])
a[0][1] = np.nan
a
np.quantile(a, 0.5)
np.nanquantile(a, 0.5)
np.nanquantile(a, 0.5, axis=0)
np.nanquantile(a, 0.5, axis=1, keepdims=True)
m = np.nanquantile(a, 0.5, axis=0)
out = np.zeros_like(m)
np.nanquantile(a, 0.5, axis=0, out=out)
m
b = a.copy()
np.nanquantile(b, 0.5, axis=1, overwrite_input=True)
assert not np.all(a==b)
