e = IndexError(1, "two", [3])
e.args
str(e)
repr(e)
len(e.args)
e.args[1]
OverflowError("x").args
ZeroDivisionError().args
