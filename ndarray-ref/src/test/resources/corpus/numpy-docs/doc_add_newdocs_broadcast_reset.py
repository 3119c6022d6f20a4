import numpy as np
x = np.array([1, 2, 3])
y = np.array([[4], [5], [6]])
b = np.broadcast(x, y)
b.index
next(b), next(b), next(b)
b.index
b.reset()
b.index
