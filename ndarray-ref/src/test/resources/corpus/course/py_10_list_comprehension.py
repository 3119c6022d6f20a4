squares = [x**2 for x in range(10)]
squares
evens = [x for x in squares if x % 2 == 0]
evens
pairs = [(i, j) for i in range(3) for j in range(i)]
pairs
