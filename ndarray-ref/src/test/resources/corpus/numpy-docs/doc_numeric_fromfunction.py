import numpy as np
np.fromfunction(lambda i, j: i, (2, 2), dtype=float)
np.fromfunction(lambda i, j: j, (2, 2), dtype=float)
np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int)
np.fromfunction(lambda i, j: i + j, (3, 3), dtype=int)
