try:
    try:
        [1, 2][5]
    except IndexError:
        print("logging and re-raising")
        raise
except LookupError as e:
    print("outer got", repr(e))
raise
