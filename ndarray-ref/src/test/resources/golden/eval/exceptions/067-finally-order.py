def trace():
    out = []
    try:
        out.append("try")
        raise KeyError("k")
    except KeyError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
trace()
def trace2():
    out = []
    try:
        out.append("try")
    except KeyError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
trace2()
