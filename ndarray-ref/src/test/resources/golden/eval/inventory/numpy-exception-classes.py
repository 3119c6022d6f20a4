# the classes of numpy.exceptions and numpy.linalg, reached as module attributes and by import
np.exceptions.RankWarning
np.exceptions.DTypePromotionError
np.exceptions.VisibleDeprecationWarning
np.exceptions.ModuleDeprecationWarning
np.exceptions.ComplexWarning
np.linalg.LinAlgError
from numpy.exceptions import AxisError, TooHardError
AxisError, TooHardError
import numpy.linalg
numpy.linalg.LinAlgError
np.linalg.no_such_name
