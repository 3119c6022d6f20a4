people = [("Ann", 31), ("Bob", 25), ("Cid", 31)]
by_age = sorted(people, key=lambda p: (p[1], p[0]))
by_age
ages = np.array([p[1] for p in people])
np.argsort(ages, kind="stable")
