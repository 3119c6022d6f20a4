np.array([1, 2]) + "a"
np.array(["a", "b"]) * 2
np.add(1)
len(np.int64(5))
