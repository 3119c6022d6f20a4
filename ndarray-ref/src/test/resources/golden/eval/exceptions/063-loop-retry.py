a = np.arange(12)
for shape in [(5, 2), (4, 3), (2, 6)]:
    try:
        b = a.reshape(shape)
    except ValueError as e:
        print(shape, "->", e)
        continue
    print(shape, "->", b.shape, b.base is a)
