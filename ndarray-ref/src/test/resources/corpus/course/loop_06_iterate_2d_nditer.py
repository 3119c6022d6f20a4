a = np.arange(6).reshape(2, 3)
for x in np.nditer(a):
    print(x, end=" ")
print()
for idx, v in np.ndenumerate(a):
    if v % 2:
        print(idx, v)
