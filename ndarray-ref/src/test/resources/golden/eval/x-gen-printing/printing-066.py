x = np.array(55, dtype=np.bool_)
x.T
str(x)
x.astype(np.int8)
x
x == x
