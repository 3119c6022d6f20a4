try:
    1 / 0
except ValueError:
    print("not here")
print("next unit")
try:
    [][1]
except KeyError:
    print("no")
finally:
    print("cleanup")
