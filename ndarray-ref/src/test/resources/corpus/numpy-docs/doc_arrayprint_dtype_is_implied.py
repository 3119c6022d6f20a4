import numpy as np
np._core.arrayprint.dtype_is_implied(int)
np.array([1, 2, 3], int)
np._core.arrayprint.dtype_is_implied(np.int8)
np.array([1, 2, 3], np.int8)
