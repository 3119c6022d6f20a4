class P:
    def __init__(self, x):
        self.x = x
p = P(1)
p + 1
p < p
p()
for i in p:
    pass
a, b = p
1 in p
