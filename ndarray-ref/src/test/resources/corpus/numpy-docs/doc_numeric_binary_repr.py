import numpy as np
np.binary_repr(3)
np.binary_repr(-3)
np.binary_repr(3, width=4)
np.binary_repr(-3, width=3)
np.binary_repr(-3, width=5)
