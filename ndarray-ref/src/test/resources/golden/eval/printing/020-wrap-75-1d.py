# Long rows wrap at 75 characters.
np.arange(30)
print(np.arange(30))
np.arange(30, dtype=np.int32)
np.arange(100, 130)
