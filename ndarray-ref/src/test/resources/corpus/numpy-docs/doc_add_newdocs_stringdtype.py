import numpy as np
from numpy.dtypes import StringDType
np.array(["hello", "world"], dtype=StringDType())
arr = np.array(["hello", None, "world"],
               dtype=StringDType(na_object=None))
arr
arr[1] is None
arr = np.array(["hello", np.nan, "world"],
               dtype=StringDType(na_object=np.nan))
np.isnan(arr)
np.array([1.2, object(), "hello world"],
         dtype=StringDType(coerce=False))
np.array(["hello", "world"], dtype=StringDType(coerce=True))
