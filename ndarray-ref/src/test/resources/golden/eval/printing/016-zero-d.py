# 0-d arrays: repr uses 8 digits, str/print the full value.
np.array(5)
np.array(5.5)
np.array(1 / 3)
print(np.array(1 / 3))
np.array(True)
np.array(5, dtype=np.int8)
str(np.array(7))
