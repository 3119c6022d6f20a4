x = np.array([30], dtype=np.int8)
x * 2
print(x)
