def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper
@twice
def inc(x):
    return x + 1
inc(5)
inc.__name__
inc.__qualname__
