def sq(x): return x * x
ops = {"sq": sq, "neg": lambda x: -x}
ops["sq"](7), ops["neg"](7)
sorted([sq(3), sq(-1)])
list(map(sq, [1, 2])) if False else [sq(i) for i in [1, 2]]
sq is sq, sq == sq
