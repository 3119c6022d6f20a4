d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d
del d["z"]
d["z"] = 4
d
list(d.items())
