import numpy as np
a = np.array([[1, 2], [3, 4]])
a
a.T
a = np.array([1, 2, 3, 4])
a
a.T
