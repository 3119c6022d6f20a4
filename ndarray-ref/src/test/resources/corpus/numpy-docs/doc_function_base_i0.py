import numpy as np
np.i0(0.)
np.i0([0, 1, 2, 3])
