x = [1, (2, 3), {'a': [4, {5}]}, frozenset([6]), None, 'str', 1.5]
x
str(x)
t = (x, [x[0]])
len(t[0])
d = {(1, 2): {'inner': (3,)}, 'e': {}, 'l': [], 's': set(), 't': ()}
d
print(d)
{'q': "it's"}
[{'k': 'v'}, ['a\tb']]
