try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__)
