import numpy as np
dt_25s = np.dtype('timedelta64[25s]')
np.datetime_data(dt_25s)
np.array(10, dt_25s).astype('timedelta64[s]')
np.datetime64('2010', np.datetime_data(dt_25s))
