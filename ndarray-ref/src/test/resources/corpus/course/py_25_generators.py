def countdown(n):
    while n > 0:
        yield n
        n -= 1

list(countdown(5))
sum(x * x for x in range(5))
g = countdown(2)
next(g)
next(g)
next(g)
