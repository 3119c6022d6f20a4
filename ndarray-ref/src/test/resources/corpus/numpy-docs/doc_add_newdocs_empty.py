import numpy as np
np.empty([2, 2])
np.empty([2, 2], dtype=int)
