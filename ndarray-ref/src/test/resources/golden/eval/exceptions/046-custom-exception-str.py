class NiceError(Exception):
    def __str__(self):
        return "a nicer message"
raise NiceError("raw")
try:
    raise NiceError("raw")
except NiceError as e:
    print(e, e.args, repr(e))
