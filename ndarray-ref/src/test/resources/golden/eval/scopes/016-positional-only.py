def r(a, /): return a
r(a=1)
r(1)
def s(a, /, **kw): return a, kw
s(1, a=2)
def p(a, b, /): pass
p(a=1, b=2)
p(1, b=2)
