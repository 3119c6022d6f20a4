import numpy.random as npr
npr.default_rng(1).integers(3)
from numpy.random import default_rng
rng = default_rng(2)
rng.random()
type(rng).__name__
from numpy.random import seed, rand
seed(3)
rand(2)
np.random.rand(2)
