data = np.array([10, 20, 30, 40])
backup = data.copy()
data[0] = 0
backup
data
np.shares_memory(data, backup)
