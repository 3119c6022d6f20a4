def f():
    xs = [1, 2, 3]
    return [x * k for x in xs for k in xs if k == x]
f()
