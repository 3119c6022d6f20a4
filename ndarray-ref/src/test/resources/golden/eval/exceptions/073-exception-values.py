errs = [ValueError("a"), KeyError("b"), IndexError(1, 2)]
errs
[str(e) for e in errs]
[type(e).__name__ for e in errs]
{type(e).__name__: e.args for e in errs}
isinstance(errs[1], LookupError), isinstance(errs[2], LookupError)
