m = np.arange(6).reshape(2, 3)
sum(m)
len(m)
list(m)
for i, row in enumerate(m):
    print(i, row)
3 in m
10 in m
