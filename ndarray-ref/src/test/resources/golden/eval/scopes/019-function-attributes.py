def o():
    "doc here"
    def i(): pass
    return i
o().__qualname__
o().__name__
o.__doc__
o().__doc__
o.__module__
o.__defaults__
(lambda: 0).__name__
[lambda: 0 for _ in "a"][0].__qualname__
