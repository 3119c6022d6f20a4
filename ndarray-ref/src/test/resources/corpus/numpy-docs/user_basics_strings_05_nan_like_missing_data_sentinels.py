np.array(["hello", "world"])
np.array([b"hello", b"world"])
np.array([b"hello", b"world"]).astype(np.void)
from numpy.dtypes import StringDType
data = ["this is a longer string", "short string"]
arr = np.array(data, dtype=StringDType())
arr
np.empty(3, dtype=StringDType())
dt = StringDType(na_object=None)
arr = np.array(["this array has", None, "as an entry"], dtype=dt)
arr
arr[1] is None
dt = StringDType(na_object=np.nan)
arr = np.array(["hello", np.nan, "world"], dtype=dt)
arr + arr
np.sort(arr)
