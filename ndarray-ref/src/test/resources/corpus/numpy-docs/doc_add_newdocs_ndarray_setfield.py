import numpy as np
x = np.eye(3)
x.getfield(np.float64)
x.setfield(3, np.int32)
x.getfield(np.int32)
x
x.setfield(np.eye(3), np.int32)
x
