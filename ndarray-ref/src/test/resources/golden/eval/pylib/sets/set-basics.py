s = {3, 1, 2}
s
type(s)
set()
set('')
frozenset()
frozenset([3, 1, 2])
{frozenset([1])} == {frozenset([1])}
{1, True}
{1, 1.0, True}
{True, 1}
1 in {1.0}
len({1, 2, 2, 3})
{1, 2} == {2, 1}
{1, 2} == frozenset([1, 2])
{1, 2} == [1, 2]
{1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2}
{8, 16, 24, 32, 40, 1}
set([8, 16, 24, 32, 40, 1])
{*[8, 16, 24, 32, 40, 1]}
{x for x in [8, 16, 24, 32, 40, 1]}
{-1, -2, 18446744073709551616, 0.5, (1, 2), (1, (2, 3))}
{x % 7 for x in range(30)}
s.add(10)
s.add(2)
s
s.remove(3)
s.discard(99)
s
s.pop()
s
s.clear()
s
t = {5, 6}
t2 = t.copy()
t2 is t, t2 == t
f = frozenset([1, 2])
f.copy() is f
frozenset(f) is f
f | {9}
{9} | f
f.union([3])
sorted({'b', 'a', 'c'})
min({'pear', 'fig'}), max({'pear', 'fig'})
len({'a', 'b', 'a'})
'a' in {'a', 'b'}
{'a', 'b'} == {'b', 'a'}
