import numpy as np
np.matrix_transpose([[1, 2], [3, 4]])
np.matrix_transpose([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
