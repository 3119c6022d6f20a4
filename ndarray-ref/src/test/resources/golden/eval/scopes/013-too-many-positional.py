def m(a, b=2): pass
m(1, 2, 3)
def n(a): pass
n(1, 2)
def t(): pass
t(1)
def w(a, b=1, *, c): pass
w(1, 2, 3)
def y1(a, *, b): pass
y1(1, 2, b=3)
y1(1, 2)
