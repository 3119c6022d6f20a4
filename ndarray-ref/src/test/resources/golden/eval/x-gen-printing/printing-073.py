x = np.array([-2238, 636, -1656, -935], dtype=np.int16)
x.astype(bool)
x.astype(np.uint8)
x.sum()
