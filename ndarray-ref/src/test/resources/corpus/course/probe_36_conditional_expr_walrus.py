values = [3, 8, 1, 9]
label = "big" if max(values) > 5 else "small"
label
if (n := len(values)) > 3:
    print(f"{n} values")
[v if v > 2 else 0 for v in values]
