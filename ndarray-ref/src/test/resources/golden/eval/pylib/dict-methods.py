d = {'a': 1, 'b': 2}
d.keys()
d.values()
d.items()
type(d.keys())
len(d.keys())
'a' in d.keys()
1 in d.values()
('a', 1) in d.items()
('a', 2) in d.items()
k = d.keys()
d['c'] = 3
k
list(k)
d.get('a')
d.get('z')
d.get('z', 0)
d.setdefault('c', 5)
d.setdefault('e', 5)
d.setdefault('f')
d
d.pop('a')
d.pop('zz', None)
d.pop('zz')
d.popitem()
d
d.update({'x': 9}, y=8)
d.update([('p', 1)])
d
d.copy() == d
d.copy() is d
dict.fromkeys('ab')
dict.fromkeys([1, 2], 0)
d.clear()
d
{}.popitem()
{}.get()
{}.keys(1)
{}.update(1, 2)
dict([(1, 2), (3, 4)], z=5)
dict([1, 2])
dict([(1, 2, 3)])
dict({'a': 1})
dict(a=1, b=2)
dict(1, 2)
e = {1: 'a'}
e[1.0] = 'b'
e
e[True]
del e[1]
e
del e[1]
e['missing']
{(1, 2): 'pt'}[(1, 2)]
{[1]: 2}
for key, value in {'x': 1, 'y': 2}.items():
    print(key, value)
list(reversed({'a': 1, 'b': 2}))
list(reversed({'a': 1, 'b': 2}.keys()))
