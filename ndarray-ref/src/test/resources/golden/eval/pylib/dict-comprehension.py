squares = {x: x * x for x in range(5)}
squares
{k: v for k, v in zip('abc', range(3)) if v != 1}
{x % 3: x for x in range(10)}
len({c: 1 for c in "mississippi"})
{**{'a': 1}}
