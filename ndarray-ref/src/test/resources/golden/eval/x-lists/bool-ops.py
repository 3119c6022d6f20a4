True and 3
0 or "x"
not []
not np.array([0]).size
