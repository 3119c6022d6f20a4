def f():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [g() for g in fs]
f()
