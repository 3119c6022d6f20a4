import numpy as np
np.isdtype(np.float32, np.float64)
np.isdtype(np.float32, "real floating")
np.isdtype(np.complex128, ("real floating", "complex floating"))
