class P:
    pass
P(1)
class R:
    def __init__(self):
        return 5
R()
class S:
    x = 1
S.x = 2
S.x
ValueError.x = 1
ValueError("a", b=1)
