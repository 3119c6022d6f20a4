values = []
for i in range(5):
    values.append(i ** 2)
arr = np.array(values)
arr
arr.dtype
values.append(2.5)
np.array(values)
