a = np.arange(4)
try:
    a.flags["X"]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    a.flags.writeable = 3
    a.flags.owndata = False
except ValueError as e:
    print(e)
