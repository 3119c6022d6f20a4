class E:
    pass
e = E()
e.x = 1
hasattr(e, "x"), hasattr(e, "y")
getattr(e, "x"), getattr(e, "y", "missing")
getattr(e, "y")
getattr(e)
getattr(e, 5)
hasattr(e)
hasattr(e, 5)
setattr(e, "z", 3)
e.z
setattr(e, "z")
setattr(e, 1, 2)
getattr(e, "x", 1, 2)
getattr(e, "a", x=1)
getattr(E, "missing", None)
hasattr(ValueError("m"), "args"), hasattr(ValueError("m"), "nope")
