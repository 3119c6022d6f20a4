class ShapeError(Exception):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected
        self.got = got
try:
    raise ShapeError((2, 2), (3,))
except ShapeError as e:
    print(e)
    print(e.expected, e.got)
    print(e.args)
raise ShapeError((1,), (2,))
