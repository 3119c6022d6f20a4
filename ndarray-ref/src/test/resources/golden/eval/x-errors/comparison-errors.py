a = np.arange(3)
a < "x"
a == "x"
a < [1, 2]
if_ = a == np.arange(4)
