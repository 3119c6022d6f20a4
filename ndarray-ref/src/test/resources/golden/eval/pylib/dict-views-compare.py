d = {'a': 1, 'b': 2}
d.keys() == {'a', 'b'}
d.keys() == d.keys()
d.values() == d.values()
d.items() == {('a', 1), ('b', 2)}
d.keys() != {'a'}
e = {'b': 2, 'a': 1}
d.keys() == e.keys()
d == e
list(d) == list(e)
