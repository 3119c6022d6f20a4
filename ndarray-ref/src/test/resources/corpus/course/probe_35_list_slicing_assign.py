lst = list(range(8))
lst[2:5] = ["a", "b"]
lst
del lst[0]
lst
lst[::2]
lst[-3:]
