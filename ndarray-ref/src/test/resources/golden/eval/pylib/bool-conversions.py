bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool({0}), bool(None), bool(range(0)), bool(range(1))
bool(np.array([1]))
bool(np.array([]))
bool(np.array([1, 2]))
