def p(*, a, b): return a, b
p(1)
p()
p(a=1)
p(b=2, a=1)
def kwd(*, a=1, b): return a, b
kwd(b=2)
kwd.__kwdefaults__
def z(a, b, c=1, *, d, e): pass
z()
z(1, 2)
z(1, 2, d=1)
