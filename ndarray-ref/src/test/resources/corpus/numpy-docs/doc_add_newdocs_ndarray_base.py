import numpy as np
x = np.array([1,2,3,4])
x.base is None
y = x[2:]
y.base is x
