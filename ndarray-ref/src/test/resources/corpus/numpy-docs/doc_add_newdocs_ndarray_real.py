import numpy as np
x = np.sqrt([1+0j, 0+1j])
x.real
x.real.dtype
