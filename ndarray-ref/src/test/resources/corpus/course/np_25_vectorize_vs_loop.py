x = np.arange(5)
result = np.empty(5)
for i in range(len(x)):
    result[i] = x[i] ** 2 + 1
result
x ** 2 + 1
np.array_equal(result, x ** 2 + 1)
