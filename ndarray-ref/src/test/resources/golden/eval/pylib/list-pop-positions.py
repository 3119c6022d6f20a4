l = list(range(6))
l.pop(0), l.pop(-1), l.pop(2), l
l.pop(10)
l.pop(-10)
