# Same-kind casting: float into int fails, int into float works.
i = np.arange(3)
f = np.arange(3.0)
f += i
f
i *= f
i //= 2
i
