np.array([300, -1, 256]).astype(np.uint8)
np.array([1.7, -1.7, 2.5]).astype(int)
np.array([128]).astype(np.int8)
