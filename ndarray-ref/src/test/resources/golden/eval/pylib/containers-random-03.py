# random list, dict and set operations on orderable values, generated once with a fixed seed
l = []
d = {-1: True, 15: True, 4: -5}
s = {1099511627776, 17}
max(l, default=0)
l.reverse()
l.sort()
l, d, s
l.append(3)
l.pop()
f'{sum(l):08.3f}|{len(s):^5}|{str(sorted(d, key=str)):>30}'
min(l) if l else None
s.issubset(l), s.isdisjoint(d)
s.remove(3.25)
list(zip(l, sorted(s)))
s.add(9)
l, d, s
dict(zip(l, l[1:]))
l.extend([True, 19])
l.sort()
d.popitem() if d else None
l, d, s
l.pop(-1)
sum(l)
3.25 in d
s.issubset(l), s.isdisjoint(d)
l[2]
l.append(8)
l, d, s
l.copy()
list(zip(l, sorted(s)))
tuple(reversed(l))
'%s %r %d' % (l[:2], d, len(s))
l.reverse()
[x for x in l if x in s]
l[-3:-4]
d.update({3.25: 0})
l.insert(5, -0.0)
l, d, s
l.index(1.5)
l, d, s
d[1.5] = 17
[x for x in l if x in s]
len(l), len(d), len(s)
list(d.items())
l, d, s
list(zip(l, sorted(s)))
dict(zip(l, l[1:]))
l, d, s
hash(tuple(l)) if all(type(x) in (int, float, bool, tuple) for x in l) else 0
l, d, s
s.discard(0)
l, d, s
s.pop() if s else None
tuple(reversed(l))
l, d, s
[x for x in l if x in s]
tuple(reversed(l))
d.pop(0, None)
s.add(1099511627776)
l, d, s
dict(zip(l, l[1:]))
l, d, s
[x for x in l if x in s]
tuple(reversed(l))
l[3]
l, d, s
[x for x in l if x in s]
l[4:-2]
s.remove(1.5)
'%s %r %d' % (l[:2], d, len(s))
l.sort(reverse=True)
l.count(12)
l, d, s
s ^ {11}
l, d, s
l.reverse()
min(l) if l else None
'%s %r %d' % (l[:2], d, len(s))
sorted(s, key=lambda_x) if False else sorted(s, reverse=True)
