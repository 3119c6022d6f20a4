import numpy as np
x = np.array([1, 2, 3])
np.broadcast_to(x, (3, 3))
