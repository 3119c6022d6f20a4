e = ValueError("bad", 3)
e
str(e)
e.args
type(e)
type(e).__name__
ValueError
ValueError.__name__
repr(ValueError())
str(ValueError())
str(ValueError(7))
KeyError("k")
str(KeyError("k"))
str(KeyError(""))
str(KeyError())
str(KeyError(1, 2))
