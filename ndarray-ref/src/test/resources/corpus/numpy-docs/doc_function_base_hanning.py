import numpy as np
np.hanning(12)
