import numpy as np
x = np.arange(9.0)
np.split(x, 3)
x = np.arange(8.0)
np.split(x, [3, 5, 6, 10])
