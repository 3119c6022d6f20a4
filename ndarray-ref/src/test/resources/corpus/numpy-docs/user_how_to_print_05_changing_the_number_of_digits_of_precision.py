arr = np.array([0.1, 0.184, 0.17322])
with np.printoptions(precision=2):
    print(arr)
arr = np.array([0.1, 0.184, 0.173], dtype=np.float32)
with np.printoptions(precision=2, floatmode="fixed"):
    print(arr)
