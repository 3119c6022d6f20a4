def f():
    return
f()
print(f())
def g(): pass
g() is None
