point = (3, 4)
x, y = point
print(x, y)
first, *rest = [1, 2, 3, 4]
first
rest
a, b = 1, 2
a, b = b, a
a, b
