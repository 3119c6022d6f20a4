l = [3, 1, 2]
l.append(4)
l
l.extend([5, 6])
l.extend(range(2))
l
l.insert(0, 'x')
l.insert(-1, 'y')
l.insert(100, 'z')
l
l.pop()
l.pop(0)
l.pop(-2)
l
l.remove(3)
l
l.index(2)
l.index(1, 2)
l.count(1)
c = l.copy()
c is l, c == l
l.reverse()
l
l.clear()
l
[1, 2, 3].index(3, 0, 2)
[1, 2, 3].index(2, -2)
[].append()
[].append(1, 2)
[].extend(5)
[].insert(1)
[].insert('a', 1)
[1].pop(1, 2)
[1].pop('a')
[].pop()
[1].pop(5)
[1].remove(2)
[1].index()
[1].count()
[1].copy(1)
[1].reverse(1)
[].clear(1)
[1].frobnicate
