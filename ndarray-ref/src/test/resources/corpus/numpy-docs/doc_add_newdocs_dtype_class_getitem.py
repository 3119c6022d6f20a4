import numpy as np
np.dtype[np.int64]
