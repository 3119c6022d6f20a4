import numpy as np
a = np.array(["a", "b", "cde"])
b = np.array(["a", "a", "dec"])
np.char.compare_chararrays(a, b, ">", True)
