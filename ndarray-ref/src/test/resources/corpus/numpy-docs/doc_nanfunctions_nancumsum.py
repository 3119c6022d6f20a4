import numpy as np
np.nancumsum(1)
np.nancumsum([1])
np.nancumsum([1, np.nan])
a = np.array([[1, 2], [3, np.nan]])
np.nancumsum(a)
np.nancumsum(a, axis=0)
np.nancumsum(a, axis=1)
