# Powers and shifts whose results are small whatever the exponent.
1 ** 10**20
(-1) ** (10**20 + 1)
(-1) ** 10**20
0 ** 10**20
0 ** 0
0 << 2**100
2 ** -10**9
(2**1000) ** 3 == 2**3000
(3 ** 100) * (3 ** 100) == 3 ** 200
1 << 100
