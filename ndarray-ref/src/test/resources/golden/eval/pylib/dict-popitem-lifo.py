d = dict.fromkeys("abc", 0)
d.popitem()
d.popitem()
d
d.pop("a")
d
d.popitem()
