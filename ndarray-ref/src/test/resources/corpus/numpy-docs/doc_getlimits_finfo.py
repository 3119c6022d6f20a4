import numpy as np
np.finfo(np.float64).dtype
np.finfo(np.complex64).dtype
