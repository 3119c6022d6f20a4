try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError("handler failed")
try:
    1 / 0
except ZeroDivisionError:
    print(undefined)
