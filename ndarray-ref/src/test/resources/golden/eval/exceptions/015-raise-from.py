try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("no such key") from e
except ValueError as v:
    print(v, "caused by", repr(v.__cause__))
    print(v.__suppress_context__)
raise ValueError("x") from None
raise ValueError("x") from 5
raise ValueError("x") from KeyError
