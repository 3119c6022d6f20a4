def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div0"
    else:
        raise ValueError("from else")
    finally:
        print("fin")
f(0)
f(1)
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a = Bag(); b = Bag()
a.add(1); b.add(2)
a.items, b.items, a.items is b.items
class Point:
    dims: int = 2
    def __init__(self, x, y):
        if x < 0:
            raise ValueError(f"negative x: {x}")
        self.x = x; self.y = y
p = Point(1, 2)
Point(-1, 0)
type(p) == Point, type(p) is Point
print(type(p))
p2 = p
p2 is p, id(p2) == id(p)
q = Point(1, 2)
q == p
isinstance(p, (int, Point))
Point.dims
class Scaler:
    def __init__(self, factor):
        self.factor = factor
    def apply(self, arr):
        arr *= self.factor
        return arr
s = Scaler(2)
x = np.arange(4)
y = s.apply(x[1:])
x, y, y.base is x
raise ValueError(np.arange(3))
try:
    raise ValueError(np.arange(3), "second")
except ValueError as e:
    print(e)
    print(e.args[0] is not None)
try:
    {}[np.int64(3)]
except KeyError as e:
    print(e)
try:
    raise KeyError(np.arange(2))
except KeyError as e:
    print(e)
def g():
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise ValueError("outer") from e
g()
try:
    g()
except ValueError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__)
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c} C"
    def __repr__(self):
        return f"Temp({self.c})"
t = Temp(20)
print(t, [t])
f"{t} / {t!r}"
str([t])
