import numpy as np
int32 = np.dtype("int32")
float32 = np.dtype("float32")
np.add.resolve_dtypes((int32, float32, None))
np.add.resolve_dtypes((float32, float, None))
