import numpy as np
dt = np.dtype([('name', np.str_, 16), ('grades', np.float64, (2,))])
print(dt.fields)
