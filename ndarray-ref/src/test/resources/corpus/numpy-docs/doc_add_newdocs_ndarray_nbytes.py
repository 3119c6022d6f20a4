import numpy as np
x = np.zeros((3,5,2), dtype=np.complex128)
x.nbytes
np.prod(x.shape) * x.itemsize
