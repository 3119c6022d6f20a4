x = np.ones(1200, dtype=np.bool_)
x.imag
x.ravel()[:5]
