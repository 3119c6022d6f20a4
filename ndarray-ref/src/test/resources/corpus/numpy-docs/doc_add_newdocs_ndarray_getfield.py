import numpy as np
x = np.diag([1.+1.j]*2)
x[1, 1] = 2 + 4.j
x
x.getfield(np.float64)
x.getfield(np.float64, offset=8)
