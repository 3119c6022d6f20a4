n = 100
def f():
    return [n + i for i in range(2)]
f()
