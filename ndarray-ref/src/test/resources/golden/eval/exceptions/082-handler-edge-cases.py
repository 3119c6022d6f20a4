try:
    1/0
except undefined_cls:
    pass
try:
    try:
        1/0
    finally:
        raise
except ZeroDivisionError as e:
    print("re", e)
try:
    1/0
except ZeroDivisionError as e:
    del e
print("ok")
class P:
    def __init__(self, x):
        self.x = x
        raise ValueError("half built")
p = P(1)
p
class R:
    def __repr__(self):
        raise RuntimeError("repr failed")
R()
[R()]
print(R())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        pass
else:
    print("no break")
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
f()
def g():
    try:
        raise ValueError("a")
    except ValueError:
        return "handled"
    finally:
        print("g finally")
g()
try:
    raise ValueError("x")
except:
    raise
try:
    raise TypeError("t")
except (ValueError, (TypeError, KeyError)) as e:
    print("nested tuple", e)
try:
    raise IndexError
except LookupError as e:
    print(repr(e), str(e) == "")
