import numpy as np
class C(np.ndarray): pass
arr = np.zeros((3,))
c_arr = arr.view(C)
type(c_arr)
v = c_arr[1:]
type(v) # the view is of type 'C'
v is c_arr # but it's a new instance
