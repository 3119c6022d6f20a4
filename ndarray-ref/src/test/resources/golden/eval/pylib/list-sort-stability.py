pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
sorted(pairs, key=len)
def second(p):
    return p[1]
sorted(pairs, key=second)
sorted(pairs, key=second, reverse=True)
l = pairs[:]
l.sort(key=second)
l
