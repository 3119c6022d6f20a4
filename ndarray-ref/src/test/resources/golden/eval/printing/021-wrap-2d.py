# Each row of a 2-D array wraps on its own.
np.arange(40).reshape(2, 20)
print(np.arange(40).reshape(2, 20))
