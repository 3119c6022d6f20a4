# Storing an out-of-range Python int into a small dtype raises.
np.zeros(2, np.uint8)[0] = 300
z = np.zeros(2, np.int8)
z[0] = 128
z[1] = -128
z
z[0] = np.int64(300)
z
