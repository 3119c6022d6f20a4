for expr in [(1, 0), (1.0, 0), (5, 0.0)]:
    try:
        expr[0] / expr[1]
    except ZeroDivisionError as e:
        print(e)
try:
    7 // 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    7 % 0
except ZeroDivisionError as e:
    print(e)
