class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
p
p.norm2()
print(p)
