# print() shows the bare value of a NumPy scalar.
print(np.int64(3), np.float64(2.0))
print(np.float64(1e16))
print(np.uint8(200))
x = np.arange(3)
print(x[1] > 0)
x[1] > 0
x[0] > 0
