# 3-D arrays put a blank line between 2-D blocks.
np.arange(24).reshape(2, 3, 4)
print(np.arange(8).reshape(2, 2, 2))
