x = None
x is None
x == None
x + 1
len(x)
x[0]
