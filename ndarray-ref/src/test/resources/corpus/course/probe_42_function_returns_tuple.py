def stats(a):
    return a.min(), a.max(), a.mean()

lo, hi, avg = stats(np.array([4, 8, 15]))
print(lo, hi, avg)
stats(np.arange(4))
