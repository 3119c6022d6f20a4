class MyError(ValueError):
    pass
try:
    raise MyError("custom problem")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, MyError))
raise MyError("uncaught")
MyError("m")
MyError.__mro__
issubclass(MyError, Exception)
