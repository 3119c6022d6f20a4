x = 10
squares = [x * x for x in range(4)]
x
total = sum(i for i in range(5))
i
