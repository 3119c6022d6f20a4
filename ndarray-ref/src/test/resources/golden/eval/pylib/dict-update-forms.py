d = {"a": 1}
d.update(b=2)
d.update({"c": 3})
d.update([("d", 4)], e=5)
d
d.update(5)
d.update([1])
d.update([("x",)])
