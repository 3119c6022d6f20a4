def check(n):
    try:
        r = 10 // n
    except ZeroDivisionError:
        print("division by zero")
    else:
        print("result", r)
    finally:
        print("done", n)
check(2)
check(0)
