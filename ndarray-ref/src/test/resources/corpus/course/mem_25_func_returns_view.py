def first_half(x):
    return x[: len(x) // 2]

data = np.arange(8)
h = first_half(data)
h[:] = 0
data
h.base is data
