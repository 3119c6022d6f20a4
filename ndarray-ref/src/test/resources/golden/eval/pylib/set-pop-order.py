s = set(range(10, 0, -1))
out = []
while s:
    out.append(s.pop())
out
t = {5, 13, 21, 29}
t.pop(), t
t.add(5)
t.pop(), t
