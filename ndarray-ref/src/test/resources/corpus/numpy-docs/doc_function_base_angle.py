import numpy as np
np.angle([1.0, 1.0j, 1+1j])               # in radians
np.angle(1+1j, deg=True)                  # in degrees
np.angle([0., -0., complex(0., -0.), complex(-0., -0.)])  # convention
