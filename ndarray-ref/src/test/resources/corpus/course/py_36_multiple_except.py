def convert(values):
    out = []
    for v in values:
        try:
            out.append(10 / int(v))
        except (ValueError, ZeroDivisionError) as exc:
            print(f"skip {v!r}: {exc}")
    return out

convert(["1", "0", "x", "4"])
