import numpy as np
np.linalg._umath_linalg.det.signature
np.matmul.signature
np.add.signature is None
