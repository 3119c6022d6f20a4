def f(a):
    nonlocal a
def g():
    nonlocal q
def o():
    x = 1
    def i():
        x = 2
        nonlocal x
def o2():
    x = 1
    def i():
        print(x)
        nonlocal x
def o3():
    x = 1
    def i():
        global x
        nonlocal x
nonlocal x
1
