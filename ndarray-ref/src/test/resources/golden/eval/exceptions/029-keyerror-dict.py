d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("missing key:", e)
    print(e.args)
    print(repr(e))
d[(1, 2)]
d[""]
