import numpy as np
np.add.types
np.power.types
np.exp.types
np.remainder.types
