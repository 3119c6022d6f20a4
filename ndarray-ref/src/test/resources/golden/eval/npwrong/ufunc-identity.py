np.add == np.add
np.add is np.add
np.add is np.abs
np.abs is np.absolute
d = {np.add: 1}
d[np.add]
print(np.add)
str(np.multiply)
f"{np.subtract}"
[np.add, np.multiply]
np.add.__name__
ops = {"+": np.add, "*": np.multiply}
ops["*"](3, 4)
for f in (np.add, np.subtract):
    print(f.__name__, f(5, 2))
