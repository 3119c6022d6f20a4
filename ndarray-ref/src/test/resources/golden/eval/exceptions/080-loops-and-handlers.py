class Broken:
    x = 1
    y = undefined_name
Broken
vals = []
for v in ["1", "x", "3"]:
    try:
        vals.append(int(v))
    except ValueError as e:
        print("skip:", e)
vals
[1 / x for x in [1, 0]]
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("in comprehension:", e)
class Err(Exception):
    code = 42
    def describe(self):
        return f"error {self.code}: {self}"
try:
    raise Err("disk full")
except Err as e:
    print(e.describe())
    print(e.code, Err.code)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
def inner():
    raise IndexError("deep")
outer()
count = 0
while count < 5:
    count += 1
    try:
        if count % 2:
            raise ValueError(count)
    except ValueError as e:
        continue
    print("even", count)
try:
    raise ValueError("a")
except ValueError:
    try:
        raise TypeError("b")
    except TypeError:
        pass
    raise
x = ValueError("m")
x.args = ("new", 1)
str(x)
x.args = 5
try:
    1 / 0
except ZeroDivisionError as e:
    ex = e
type(ex).__mro__
ex.args
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    np.arange(6).reshape(2, 3)[:, 5]
except IndexError as e:
    print(e)
