def f(a):
    global a
def g():
    x = 1
    global x
def h():
    print(y)
    global y
def k():
    z: int = 1
    global z
ok = 1
ok
