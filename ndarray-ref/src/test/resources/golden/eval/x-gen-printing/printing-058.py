x = np.array([[14, -49, -93, 75, -46], [100, -75, -20, -1, 123]], dtype=np.int8)
x.tolist()
-x
