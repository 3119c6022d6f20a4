a = np.arange(6).reshape(2, 3)
for idx in [(1, 2), (2, 0), (0, 5), (0, 0, 0)]:
    try:
        print(idx, a[idx])
    except IndexError as e:
        print(idx, "IndexError:", e)
