a = np.ones((2, 3))
try:
    a.sum(axis=2)
except np.exceptions.AxisError as e:
    print("AxisError:", e)
try:
    a.sum(axis=5)
except ValueError as e:
    print("also a ValueError:", e)
try:
    a.sum(axis=-3)
except IndexError as e:
    print("also an IndexError:", e)
issubclass(np.exceptions.AxisError, ValueError), issubclass(np.exceptions.AxisError, IndexError)
np.exceptions.AxisError.__mro__
