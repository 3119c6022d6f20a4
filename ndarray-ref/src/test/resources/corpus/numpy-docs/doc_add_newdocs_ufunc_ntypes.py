import numpy as np
np.add.ntypes
np.multiply.ntypes
np.power.ntypes
np.exp.ntypes
np.remainder.ntypes
