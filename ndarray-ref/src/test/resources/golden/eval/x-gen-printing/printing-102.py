x = np.arange(1200).reshape(30, 40).astype(np.bool_)
x.astype(np.int8)
x.T
