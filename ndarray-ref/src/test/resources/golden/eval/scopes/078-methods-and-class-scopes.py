class C:
    k = 2
    ys = [k * i for i in range(3)] if False else None
    def m(self, x):
        return [x * j for j in range(2)]
    def n(self):
        return self.m(3)
C().n()
C().m()
class D(C):
    def m(self, x):
        return super().m(x) + [0]
D().m(1)
class E:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
E.doubled
class F:
    a = 1
    b = [a for _ in range(2)]
class G:
    def f(self, *, k=1):
        return k
G().f(2)
G.f.__qualname__
class H:
    def __init__(self, v):
        self.v = v
    def get(self):
        return (lambda: self.v)()
H(5).get()
H()
