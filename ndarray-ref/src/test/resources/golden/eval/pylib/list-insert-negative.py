l = [0, 1, 2]
l.insert(-1, "a")
l
l.insert(-100, "b")
l
l.insert(1, [9])
l
