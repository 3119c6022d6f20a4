l = [1, 2]
l.foo
l + (3,)
l["a"]
l[1.0]
[].pop()
