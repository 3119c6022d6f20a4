import numpy as np
x = np.arange(6).reshape(2, 3)
x
fl = x.flat
fl.copy()
