a = ValueError("x")
b = ValueError("x")
a == b
a == a
a is a
a != b
