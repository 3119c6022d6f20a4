x = "outer"
[x for x in range(2)]
x
