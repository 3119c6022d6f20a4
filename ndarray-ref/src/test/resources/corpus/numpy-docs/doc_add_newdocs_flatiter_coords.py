import numpy as np
x = np.arange(6).reshape(2, 3)
fl = x.flat
fl.coords
next(fl)
fl.coords
