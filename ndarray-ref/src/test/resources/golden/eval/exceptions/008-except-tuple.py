a = np.arange(6)
for idx in [2, 10, "x"]:
    try:
        print(a[idx])
    except (IndexError, TypeError) as e:
        print("bad index", idx)
