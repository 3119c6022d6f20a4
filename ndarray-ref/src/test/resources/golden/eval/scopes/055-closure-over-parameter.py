def power(e):
    return lambda b: b ** e
cube = power(3)
cube(2)
power(2)(9)
