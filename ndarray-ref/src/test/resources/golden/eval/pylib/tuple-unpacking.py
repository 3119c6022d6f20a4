a, b = (1, 2)
a, b
a, *rest = range(5)
rest
first, *_, last = "hello"
first, last
x, y = 1
x, y = [1, 2, 3]
x, y, z = "ab"
