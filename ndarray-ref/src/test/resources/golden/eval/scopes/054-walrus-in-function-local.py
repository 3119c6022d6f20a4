def f():
    if (n := 3) > 2:
        return n
f()
n
