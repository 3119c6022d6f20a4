class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
P(1) == P(1)
P(1) == P(2)
P(1) != P(1)
P(1) == 1
P(1) in [P(0), P(1)]
d = {}
d[P(1)] = 2
class Q:
    pass
q = Q()
q == q, q == Q(), q != Q()
{q: 1}[q]
