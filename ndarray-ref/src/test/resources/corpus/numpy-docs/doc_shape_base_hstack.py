import numpy as np
a = np.array((1,2,3))
b = np.array((4,5,6))
np.hstack((a,b))
a = np.array([[1],[2],[3]])
b = np.array([[4],[5],[6]])
np.hstack((a,b))
