# random list, dict and set operations on orderable values, generated once with a fixed seed
l = [1, 3.25]
d = {13: True, 6: 1.5, -1: 1.5, -0.0: True}
s = {11, 3.25}
d.popitem() if d else None
s - set(l)
f'{sum(l):08.3f}|{len(s):^5}|{str(sorted(d, key=str)):>30}'
1099511627776 in d
l, d, s
l.remove(-2)
tuple(reversed(l))
l, d, s
d.get(19, 'none')
[x for x in l if x in s]
s | {8, -3}
l, d, s
l[2:2]
l, d, s
list(enumerate(d))
min(l) if l else None
s | {-0.0, 1.5}
d.get(1, 'none')
l, d, s
set(l) == s
l, d, s
'%s %r %d' % (l[:2], d, len(s))
sorted(s, key=lambda_x) if False else sorted(s, reverse=True)
l, d, s
s.add(1.5)
l, d, s
l.remove(7)
l, d, s
s | {2, 15}
l[-4]
list(zip(l, sorted(s)))
l.remove(7)
l.index(18)
sorted(s, key=lambda_x) if False else sorted(s, reverse=True)
l.index(-5)
l, d, s
l.copy()
sorted(s, key=lambda_x) if False else sorted(s, reverse=True)
l, d, s
tuple(reversed(l))
list(enumerate(d))
l, d, s
l.extend([6, 8])
l.sort()
l.index(2)
min(l) if l else None
l, d, s
d[11] = 1.5
list(enumerate(d))
l.count(True)
l, d, s
l.index(-0.0)
l.count(1.5)
l[-3]
d.popitem() if d else None
s.remove(9)
d.get(True, 'none')
list(d.items())
l, d, s
s.pop() if s else None
l.extend([3.25, 16])
'%s %r %d' % (l[:2], d, len(s))
max(l, default=0)
l.sort(reverse=True)
l, d, s
l.insert(0, 1099511627776)
l, d, s
sum(l)
11 in d
s.add(-2)
l, d, s
l.count(12)
l, d, s
s.issubset(l), s.isdisjoint(d)
d.popitem() if d else None
l, d, s
s ^ {6}
l.insert(-5, 3.25)
1.5 in d
del d[1.5]
