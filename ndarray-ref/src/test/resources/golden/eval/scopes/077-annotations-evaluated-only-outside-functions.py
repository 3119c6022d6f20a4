x: undefined_name = 1
x
y: int = 2
y
def f():
    z: undefined_name = 3
    return z
f()
w: int
w
