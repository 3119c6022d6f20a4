def f():
    try:
        return "try"
    finally:
        print("finally runs")
f()
def g():
    try:
        return 1
    finally:
        return 2
g()
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
h()
