# A Python list of a million Nones is not a NumPy buffer.
list1 = [None] * 1_000_000
live_bytes()
arr = np.array(list1[:3], dtype=np.float64)
live_bytes()
arr
