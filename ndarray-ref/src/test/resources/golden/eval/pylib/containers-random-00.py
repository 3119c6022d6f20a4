# random list, dict and set operations on orderable values, generated once with a fixed seed
l = [-5]
d = {1.5: -5}
s = {True, 19}
l.sort(reverse=True)
l, d, s
l.count(-4)
d.setdefault(6, [])
l, d, s
d.update({4: 0})
l.extend([16, 5])
d.pop(19, None)
f'{sum(l):08.3f}|{len(s):^5}|{str(sorted(d, key=str)):>30}'
l, d, s
d.setdefault(16, [])
min(l) if l else None
l, d, s
s.discard(17)
s.remove(16)
l.remove(4)
s.issubset(l), s.isdisjoint(d)
d.setdefault(-5, [])
len(l), len(d), len(s)
l, d, s
list(enumerate(d))
list(d.items())
l.append(1)
l[2]
l[2:4]
l.index(-2)
l.sort(key=abs)
l, d, s
list(d.items())
l, d, s
s |= set(l[:3])
l, d, s
s.discard(True)
max(l, default=0)
l.sort(reverse=True)
l.extend([16, 1099511627776])
l, d, s
l[-2:-1]
l, d, s
l.sort(key=abs)
'%s %r %d' % (l[:2], d, len(s))
l, d, s
s.issubset(l), s.isdisjoint(d)
l.insert(0, -4)
l.insert(1, 6)
l.count(-1)
l.sort(reverse=True)
s |= set(l[:3])
'%s %r %d' % (l[:2], d, len(s))
list(zip(l, sorted(s)))
min(l) if l else None
s.pop() if s else None
sorted(s, key=lambda_x) if False else sorted(s, reverse=True)
dict(zip(l, l[1:]))
l, d, s
l.copy()
s.add(17)
l, d, s
s.pop() if s else None
l, d, s
del d[1099511627776]
l, d, s
s ^ {19}
d[1.5] = 14
14 in d
l, d, s
l.copy()
list(enumerate(d))
f'{sum(l):08.3f}|{len(s):^5}|{str(sorted(d, key=str)):>30}'
l, d, s
d.pop(6, None)
list(zip(l, sorted(s)))
s.discard(17)
l, d, s
l.copy()
d[3.25] = 17
sorted(s, key=lambda_x) if False else sorted(s, reverse=True)
l.remove(-0.0)
