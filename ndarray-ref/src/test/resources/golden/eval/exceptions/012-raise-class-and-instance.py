raise ValueError
raise ValueError("bad value")
raise TypeError("wrong type", 42)
raise KeyError("missing")
raise KeyError
raise IndexError()
