int("abc")
float("x")
[].pop()
{}["k"]
(1, 2)[5]
"abc" * 1.5
1 / 0
10 % 0
