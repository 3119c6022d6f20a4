np.linalg.LinAlgError
np.linalg.LinAlgError.__mro__
try:
    raise np.linalg.LinAlgError("Singular matrix")
except ValueError as e:
    print(type(e).__name__, e)
from numpy.linalg import LinAlgError
LinAlgError is np.linalg.LinAlgError
