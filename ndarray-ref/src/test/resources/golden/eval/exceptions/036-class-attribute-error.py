class Point:
    def __init__(self, x):
        self.x = x
p = Point(1)
try:
    p.z
except AttributeError as e:
    print(e)
Point.z
del p.z
del p.x
p.x
p.y = 5
p.y
