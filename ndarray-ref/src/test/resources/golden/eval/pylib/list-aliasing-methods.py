a = [1, 2, 3]
b = a
b.append(4)
a
c = a.copy()
c.append(5)
a, c
a.extend(a)
a
a.insert(0, a[-1])
a
nested = [[0] * 2] * 2
nested[0][0] = 9
nested
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 9
rows
a.sort(reverse=True)
a
a.remove(4)
a
a.pop(), a
del a[0]
a
a *= 2
a
a += 'xy'
a
