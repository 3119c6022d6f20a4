np.arange(1010).reshape(101, 10)
