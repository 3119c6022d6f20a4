def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"not a number: {s!r}")
parse("12")
parse("x")
try:
    parse("y")
except TypeError as e:
    print(e)
    print(type(e.__context__).__name__)
