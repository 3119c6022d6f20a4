a = np.array([1, 2, 3])
try:
    if a > 1:
        print("yes")
except ValueError as e:
    print(e)
if (a > 1).any():
    print("some are > 1")
