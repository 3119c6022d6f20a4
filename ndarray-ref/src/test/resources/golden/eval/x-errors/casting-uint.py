a = np.zeros(3, dtype=np.uint8)
a += 300
a += np.int64(3)
a
a -= 4
a
