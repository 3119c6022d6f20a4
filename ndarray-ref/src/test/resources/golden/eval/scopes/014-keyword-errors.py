def m(a, b=2): pass
m(b=3)
m(1, a=2)
m(1, c=2)
def t(): pass
t(a=1)
def v(*a): pass
v(b=1)
