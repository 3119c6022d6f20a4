# 4-D arrays put two blank lines between 3-D blocks.
np.arange(16).reshape(2, 2, 2, 2)
print(np.zeros((2, 1, 1, 2), dtype=np.int8))
