a = np.arange(5)
a.flags.writeable = False
try:
    a[0] = 1
except ValueError as e:
    print("Error:", e)
b = a.copy()
b.flags.writeable
