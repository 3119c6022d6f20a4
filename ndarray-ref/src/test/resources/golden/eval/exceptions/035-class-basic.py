class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
p.x, p.y
p.norm2()
p.z
Point.norm2(p)
type(p)
type(p).__name__
isinstance(p, Point)
isinstance(p, object)
Point
