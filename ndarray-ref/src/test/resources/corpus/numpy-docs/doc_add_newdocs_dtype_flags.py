import numpy as np
x = np.dtype([('a', np.int32, 8), ('b', np.float64, 6)])
x.flags
np._core.multiarray.NEEDS_PYAPI
