a = np.arange(3)
try:
    a.lenght
except AttributeError as e:
    print(e)
try:
    a.shape = (2, 2)
except ValueError as e:
    print(e)
try:
    np.flatten(a)
except AttributeError as e:
    print(e)
