# Python's recursion limit (1000 frames) fires long before the interpreter thread's stack runs out.
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('too deep:', e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
depth(900)
