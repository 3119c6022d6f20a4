def g(x):
    try:
        return undefined_name
    except NameError as e:
        return str(e)
g(1)
def h():
    try:
        v = 1 / 0
    except ZeroDivisionError as err:
        pass
    return err
h()
