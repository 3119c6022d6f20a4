{1, 2}.remove(5)
set().pop()
{[1]}
{1} + {2}
{1} | [1]
frozenset().add
set(1)
{1}[0]
set() < 5
set([1, 2], [3])
set(x=1)
{1}.add()
{1}.union(5)
{1} & 5
{1}.issubset(5)
s = {1}
s |= [1]
s
{{1}}
{1: 2}[{1}]
hash({1})
