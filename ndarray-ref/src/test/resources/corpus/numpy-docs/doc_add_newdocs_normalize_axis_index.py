import numpy as np
from numpy.lib.array_utils import normalize_axis_index
normalize_axis_index(0, ndim=3)
normalize_axis_index(1, ndim=3)
normalize_axis_index(-1, ndim=3)
normalize_axis_index(3, ndim=3)
normalize_axis_index(-4, ndim=3, msg_prefix='axes_arg')
