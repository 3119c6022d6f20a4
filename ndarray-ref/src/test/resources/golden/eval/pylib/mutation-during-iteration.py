l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
l
nums = [1, 2, 3]
for n in nums:
    if n < 3:
        nums.append(n * 10)
nums
d = {'a': 1}
for k in d:
    d['b'] = 2
d
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
d
for k in d:
    del d[k]
d
s = {1, 2}
for x in s:
    s.add(x + 10)
s
for v in d.values():
    d.clear()
total = 0
for k, v in {'x': 1, 'y': 2}.items():
    total += v
total
