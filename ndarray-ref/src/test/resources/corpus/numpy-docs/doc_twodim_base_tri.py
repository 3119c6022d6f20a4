import numpy as np
np.tri(3, 5, 2, dtype=int)
np.tri(3, 5, -1)
