a = np.arange(10)
try:
    b = a.reshape(4, 4)
except ValueError as e:
    print("cannot:", e)
