str(1), str(1.0), str(-0.0), str(1e16), str(1+2j), str(None), str(True), str([1, "a"]), str((1,)), str({"a": [1]}), str(range(3)), str(slice(1, 2))
str(np.float64(0.1)), str(np.int8(-3)), str(np.arange(3)), str(np.dtype("int32"))
str({1: 2}.keys()), str({1, 2}), str(frozenset())
