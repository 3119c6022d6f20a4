def classify(x):
    try:
        return [1, 2, 3][x]
    except IndexError:
        return "index"
    except LookupError:
        return "lookup"
    except Exception:
        return "other"
classify(1)
classify(7)
classify("a")
