x = np.float64(2.0) / 3
print("%.4f" % x)
print("%d items" % np.int64(7))
print("{:.2e}".format(x))
