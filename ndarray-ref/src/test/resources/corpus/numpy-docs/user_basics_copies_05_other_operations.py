import numpy as np
x = np.ones((2, 3))
y = x.T  # makes the array non-contiguous
y
z = y.view()
z.shape = 6
