names = ["ada", "alan", "grace"]
lengths = {n: len(n) for n in names}
lengths
{k.upper(): v for k, v in lengths.items() if v > 3}
