import numpy as np
np.ndarray[tuple[int], np.dtype[np.uint8]]
