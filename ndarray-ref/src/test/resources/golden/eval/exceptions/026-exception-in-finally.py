try:
    1 / 0
finally:
    raise KeyError("from finally")
try:
    pass
finally:
    print("only finally")
