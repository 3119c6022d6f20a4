x = 5
def f(x):
    x = x + 1
    return x
f(1)
x
