a = np.ones((3, 4))
for other in [np.ones(4), np.ones(3), np.ones((3, 1)), np.ones((4, 3))]:
    try:
        print((a + other).shape)
    except ValueError as e:
        print("error:", e)
