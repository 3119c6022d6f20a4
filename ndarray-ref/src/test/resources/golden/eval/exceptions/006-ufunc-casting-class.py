a = np.arange(4)
try:
    a *= 1.5
except Exception as e:
    err = e
type(err)
type(err).__name__
isinstance(err, TypeError)
str(err)
