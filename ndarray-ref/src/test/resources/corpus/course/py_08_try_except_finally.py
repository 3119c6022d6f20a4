def parse(s):
    try:
        value = int(s)
    except ValueError as err:
        print("bad input:", err)
        value = -1
    else:
        print("parsed", value)
    finally:
        print("done with", repr(s))
    return value

parse("42")
parse("4x2")
