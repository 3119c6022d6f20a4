# Large values and a big max/min ratio switch to scientific too.
np.array([1.0, 1000.0])
np.array([1.0, 1001.0])
np.array([1e7])
np.array([1e8])
np.array([1e16])
np.array([99999999.0, 1.0])
np.array([123456789.0])
