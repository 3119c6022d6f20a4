errors = []
for f in [lambda_free := None]:
    pass
def attempt(k):
    data = {"a": np.arange(3)}
    try:
        return data[k][5]
    except Exception as e:
        errors.append(type(e).__name__)
        return str(e)
attempt("a")
attempt("b")
errors
