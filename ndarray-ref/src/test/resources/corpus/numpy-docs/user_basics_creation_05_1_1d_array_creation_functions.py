import numpy as np
np.arange(10)
np.arange(2, 10, dtype=float)
np.arange(2, 3, 0.1)
import numpy as np
np.linspace(1., 4., 6)
