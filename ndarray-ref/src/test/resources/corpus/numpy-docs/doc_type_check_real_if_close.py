import numpy as np
np.finfo(float).eps
np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1000)
np.real_if_close([2.1 + 4e-13j, 5.2 + 3e-15j], tol=1000)
