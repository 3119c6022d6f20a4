round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(5, 2), round(10**20 + 5, -1)
round(7, "a")
round(np_missing) if False else round(7.0, True)
