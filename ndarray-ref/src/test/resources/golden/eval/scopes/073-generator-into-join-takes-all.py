"-".join(print(x) or str(x) for x in [1, "a", 2])
"-".join(str(1 / x) for x in [1, 0])
