d = {"b": 2, "a": 1}
d.setdefault("c", 3)
d
d.pop("a")
d.update({"z": 26})
list(d)
d.get("missing", 0)
sorted(d)
{**d, "b": 20}
