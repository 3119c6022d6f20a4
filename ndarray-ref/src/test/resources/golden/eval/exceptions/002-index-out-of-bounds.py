a = np.arange(5)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, "-", e)
