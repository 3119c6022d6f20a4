[j for i in range(3) if (j := i)]
j
[(k := 2 * i) for i in range(3)]
k
def f():
    [(m := i) for i in range(4)]
    return m
f()
