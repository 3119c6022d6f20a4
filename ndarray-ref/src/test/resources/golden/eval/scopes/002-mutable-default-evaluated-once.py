def g(x, acc=[]):
    acc.append(x)
    return acc
g(1); g(2)
g(3)
g.__defaults__
