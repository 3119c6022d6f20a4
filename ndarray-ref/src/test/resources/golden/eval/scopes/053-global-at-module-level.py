global q
q = 3
q
