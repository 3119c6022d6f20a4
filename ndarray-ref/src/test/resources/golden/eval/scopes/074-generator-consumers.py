a = [3, 1, 2]
sorted(print(x) or x for x in a)
list(print(x) or x for x in a)
tuple(x * 2 for x in range(3))
sum(x for x in range(5) if x % 2)
min(len(s) for s in ["ab", "c"])
all(x < 5 for x in a), any(x > 5 for x in a)
sum(a[i] for i in range(3))
