import numpy as np
np.hamming(12)
