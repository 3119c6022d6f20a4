import numpy as np
np.array_str(np.arange(3))
