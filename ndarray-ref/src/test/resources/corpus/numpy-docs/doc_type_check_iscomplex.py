import numpy as np
np.iscomplex([1+1j, 1+0j, 4.5, 3, 2, 2j])
