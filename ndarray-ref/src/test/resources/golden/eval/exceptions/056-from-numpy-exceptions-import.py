from numpy.exceptions import AxisError
try:
    np.arange(3).sum(axis=1)
except AxisError as e:
    print(e)
AxisError
