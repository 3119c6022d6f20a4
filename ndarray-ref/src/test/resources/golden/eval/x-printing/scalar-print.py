print(np.int64(5))
print(np.float64(2.5))
print(np.bool_(False))
str(np.int32(7))
