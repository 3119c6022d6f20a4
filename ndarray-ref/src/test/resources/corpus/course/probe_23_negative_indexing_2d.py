m = np.arange(12).reshape(3, 4)
m[-1]
m[-1, -1]
m[:-1, 1:]
m[::-1, ::-1]
m[::-1].base is m
