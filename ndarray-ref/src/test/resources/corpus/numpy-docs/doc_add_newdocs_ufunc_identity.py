import numpy as np
np.add.identity
np.multiply.identity
print(np.power.identity)
print(np.exp.identity)
