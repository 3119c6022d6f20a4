import numpy as np
I = np.eye(2, dtype='f'); I.dtype
low, high = np.lib.array_utils.byte_bounds(I)
high - low == I.size*I.itemsize
I = np.eye(2); I.dtype
low, high = np.lib.array_utils.byte_bounds(I)
high - low == I.size*I.itemsize
