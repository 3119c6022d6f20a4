a = np.arange(50)
i = np.where(a > 40)
live_bytes()
i[0]
