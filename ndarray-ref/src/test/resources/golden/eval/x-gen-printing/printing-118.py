x = np.arange(1200).reshape(30, 40).astype(np.uint8)
x == x
-x
