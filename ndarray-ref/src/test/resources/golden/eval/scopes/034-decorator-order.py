def tag(t):
    def deco(f):
        def w():
            return t + f()
        return w
    return deco
@tag("a")
@tag("b")
def base():
    return "c"
base()
