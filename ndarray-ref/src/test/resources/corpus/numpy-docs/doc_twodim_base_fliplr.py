import numpy as np
A = np.diag([1.,2.,3.])
A
np.fliplr(A)
rng = np.random.default_rng()
A = rng.normal(size=(2,3,5))
np.all(np.fliplr(A) == A[:,::-1,...])
