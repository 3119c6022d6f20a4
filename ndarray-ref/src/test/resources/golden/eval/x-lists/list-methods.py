l = [3, 1, 2]
l.append(0)
l.pop()
l.index(2)
l.count(1)
l.insert(0, 9)
l
l.extend([7, 8])
l
