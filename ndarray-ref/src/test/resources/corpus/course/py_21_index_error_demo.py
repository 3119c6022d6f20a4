items = [10, 20, 30]
items[3]
items[-1]
d = {"a": 1}
d["b"]
try:
    items[5]
except IndexError as e:
    print(type(e).__name__, e)
