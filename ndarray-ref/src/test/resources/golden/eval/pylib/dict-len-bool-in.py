d = {"a": None}
len(d), bool(d), bool({}), "a" in d, None in d, "a" in d.values(), None in d.values()
