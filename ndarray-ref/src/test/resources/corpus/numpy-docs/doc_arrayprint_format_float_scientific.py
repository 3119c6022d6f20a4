import numpy as np
np.format_float_scientific(np.float32(np.pi))
s = np.float32(1.23e24)
np.format_float_scientific(s, unique=False, precision=15)
np.format_float_scientific(s, exp_digits=4)
