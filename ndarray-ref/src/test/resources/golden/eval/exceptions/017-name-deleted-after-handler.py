try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
e
err = None
try:
    [][0]
except IndexError as e:
    err = e
err
e
