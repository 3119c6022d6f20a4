{x * x for x in range(-5, 6)}
{x // 3 for x in range(20)}
{(x, x % 2) for x in range(6)}
{x for x in [1.0, 1, True, 2.5]}
{n: n for n in {3, 1, 2}}
