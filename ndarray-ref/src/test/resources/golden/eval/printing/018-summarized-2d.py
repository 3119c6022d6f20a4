# A summarized 2-D array elides both rows and columns.
np.zeros((10, 200))
print(np.ones((10, 200), dtype=np.int8))
