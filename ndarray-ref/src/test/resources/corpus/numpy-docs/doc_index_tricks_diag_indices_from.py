import numpy as np
a = np.arange(16).reshape(4, 4)
a
di = np.diag_indices_from(a)
di
a[di]
np.diag_indices(a.shape[0])
