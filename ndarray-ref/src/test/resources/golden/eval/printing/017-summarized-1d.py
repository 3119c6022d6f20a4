# More than 1000 elements: only the corners print, and the shape is added.
np.arange(1001)
np.arange(1000)[:5]
print(np.arange(1001))
np.arange(10**6)
np.arange(2000, dtype=np.int16)
