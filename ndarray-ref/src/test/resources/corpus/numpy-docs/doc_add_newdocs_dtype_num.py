import numpy as np
dt = np.dtype(str)
dt.num
dt = np.dtype(float)
dt.num
