import numpy as np
np.nancumprod(1)
np.nancumprod([1])
np.nancumprod([1, np.nan])
a = np.array([[1, 2], [3, np.nan]])
np.nancumprod(a)
np.nancumprod(a, axis=0)
np.nancumprod(a, axis=1)
