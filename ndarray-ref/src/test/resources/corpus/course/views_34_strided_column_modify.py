img = np.zeros((3, 4), dtype=np.uint8)
red = img[:, ::2]
red += 200
red += 100
img
img.dtype
