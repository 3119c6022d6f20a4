d = {1: "one"}
d.get(1.0)
d.get(True)
d.get("1", "missing")
d.get([1])
