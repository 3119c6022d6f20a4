# Summarized arrays keep three items at each edge.
a = np.arange(2000) * 0.5
a
print(a)
b = np.arange(1001) - 500
b
