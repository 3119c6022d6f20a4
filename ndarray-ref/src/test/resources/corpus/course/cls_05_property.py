class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

c = Circle(2)
print(f"{c.area:.3f}")
c.r = 3
round(c.area, 2)
