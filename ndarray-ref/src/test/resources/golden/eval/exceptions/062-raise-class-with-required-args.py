class NeedsArg(Exception):
    def __init__(self, what):
        super().__init__(what)
raise NeedsArg("w")
try:
    raise NeedsArg
except TypeError as e:
    print("TypeError")
