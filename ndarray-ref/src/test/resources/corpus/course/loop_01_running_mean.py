values = np.array([4, 8, 15, 16, 23, 42])
running = np.zeros(len(values))
total = 0
for i, v in enumerate(values):
    total += v
    running[i] = total / (i + 1)
print(running)
print(np.cumsum(values) / np.arange(1, len(values) + 1))
