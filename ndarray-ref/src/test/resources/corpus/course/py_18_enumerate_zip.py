names = ["Ada", "Alan", "Grace"]
scores = [95, 88, 92]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {n:<6} {s:>3}")
