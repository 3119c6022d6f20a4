import numpy as np
x = np.arange(8.0)
np.array_split(x, 3)
x = np.arange(9)
np.array_split(x, 4)
