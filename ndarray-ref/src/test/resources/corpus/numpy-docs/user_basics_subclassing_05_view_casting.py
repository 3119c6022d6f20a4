import numpy as np
class C(np.ndarray): pass
arr = np.zeros((3,))
c_arr = arr.view(C)
type(c_arr)
