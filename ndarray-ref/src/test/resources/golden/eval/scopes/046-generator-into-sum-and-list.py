a = [1, 2, 3]
sum(x * x for x in a)
list(x for x in a if x > 1)
tuple(str(x) for x in a)
max(x % 3 for x in a)
any(x > 2 for x in a)
all(x > 0 for x in a)
", ".join(str(x) for x in a)
sorted(-x for x in a)
x
