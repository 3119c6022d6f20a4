results = []
for shape in [(2, 3), (3, 3), (6,), (4, -1), (-1, -1)]:
    try:
        results.append(np.arange(6).reshape(shape).shape)
    except ValueError as e:
        results.append(str(e))
for r in results:
    print(r)
