class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
v
print(v)
str(v)
[v, Vec(3, 4)]
class Named:
    def __str__(self):
        return "a named thing"
n = Named()
print(n)
str(n)
f"{n}"
