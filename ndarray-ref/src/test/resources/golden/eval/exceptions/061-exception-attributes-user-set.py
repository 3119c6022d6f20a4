e = ValueError("m")
e.code = 3
e.code
e.missing
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.code)
