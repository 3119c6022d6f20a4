print(np.arange(1200).reshape(3, 400))
