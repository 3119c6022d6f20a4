# Submodules of numpy, and modules numpy does not have
import numpy.random
import numpy.lib.stride_tricks as st
st.as_strided(np.arange(4), (2,), (16,))
from numpy.lib.stride_tricks import sliding_window_view
sliding_window_view(np.arange(5), 3)
from numpy import lib, arange, exceptions
arange(3)
from numpy.lib import stride_tricks
stride_tricks.as_strided(np.zeros(3), (3,), (0,))
import numpy.no_such_module
import numpy.lib.no_such_module
import numpy.lib.stride_tricks.as_strided(np.zeros(3), (3,), (0,))
import numpy.random.no_such_module
np.random.no_such_name
np.linalg.no_such_name
exceptions.AxisError
exceptions.TooHardError
np.lib.tracemalloc_domain
np.__version__
