# /= on an int array needs a float result: it cannot be stored.
a = np.arange(4)
a /= 2
a //= 2
a
a **= 2
a
