d = {"a": 1, (1, 2): 3, 4: 5}
d["b"]
d[(1, 3)]
d[5]
d[4.0]
d[True] if False else d.get(True)
del d["zz"]
