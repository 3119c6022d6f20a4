arr = np.array([0.00002, 210000.0, 3.14])
print(arr)
arr = np.array([0.00002, 210000.0, 3.14])
with np.printoptions(suppress=True):
    print(arr)
