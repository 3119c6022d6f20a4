x = 10
def f():
    print(x)
    x = 1
f()
x
