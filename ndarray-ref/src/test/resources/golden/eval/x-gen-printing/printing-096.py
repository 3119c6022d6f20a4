x = np.array(63, dtype=np.bool_)
-x
x.sum()
