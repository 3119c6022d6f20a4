import numpy as np
x = np.arange(5)
fl = x.flat
fl.base is x
