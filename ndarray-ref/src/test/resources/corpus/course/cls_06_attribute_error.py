class Empty:
    pass

e = Empty()
e.x = 1
e.x
e.y
hasattr(e, "y")
getattr(e, "y", "missing")
