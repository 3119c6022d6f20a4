a = np.arange(4)
try:
    a += 0.5
except TypeError as e:
    print(type(e).__name__, e)
a
try:
    a /= 2
except TypeError as e:
    print(repr(type(e)))
