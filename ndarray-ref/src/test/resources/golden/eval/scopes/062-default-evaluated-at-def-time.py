k = 1
def f(x=k):
    return x
k = 2
f()
