img = np.zeros((50, 50), dtype=np.uint8)
img[10:20, 10:20] = 255
img
img.sum()
