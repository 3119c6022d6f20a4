a = [1, 2]
b = [1, 2]
a == b
a is b
x = None
x is None
type(a) is list
isinstance(3.0, (int, float))
