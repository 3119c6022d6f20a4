try:
    1 / 0
except int:
    print("no")
try:
    1 / 0
except (ZeroDivisionError, 5):
    print("no")
try:
    pass
except 5:
    print("never evaluated")
print("ok")
