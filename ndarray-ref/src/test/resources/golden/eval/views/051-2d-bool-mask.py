# A 2-D mask picks elements in C order and returns a 1-D copy.
m = np.arange(12).reshape(3, 4)
big = m[m % 5 == 0]
big
big.shape
big.base is None
m[m > 8]
