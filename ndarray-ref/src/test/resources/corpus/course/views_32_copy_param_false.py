a = np.arange(3)
try:
    np.array(a.T[::2], copy=False)
except ValueError as e:
    print("ValueError:", e)
np.array(a, copy=False) is a
