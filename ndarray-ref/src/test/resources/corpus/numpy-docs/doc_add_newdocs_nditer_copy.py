import numpy as np
x = np.arange(10)
y = x + 1
it = np.nditer([x, y])
next(it)
it2 = it.copy()
next(it2)
