[i := 0 for i in range(3)]
[x for x in (y := [1, 2])]
class C:
    [(j := 2) for i in range(3)]
[[(i := 1) for j in range(2)] for i in range(3)]
[i for i in range(3) if (j := i) for j in range(2)]
2
