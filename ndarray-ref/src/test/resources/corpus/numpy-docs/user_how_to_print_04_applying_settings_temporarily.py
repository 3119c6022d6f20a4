arr = np.array([0.155, 0.184, 0.173])
with np.printoptions(precision=2):
    print(arr)
