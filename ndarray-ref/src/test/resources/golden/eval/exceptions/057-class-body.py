class Config:
    "Settings for the demo."
    size = 3
    doubled = size * 2
    names = ["a", "b"]
Config.size, Config.doubled, Config.names
Config.__doc__
Config.__name__, Config.__module__, Config.__qualname__
class Empty:
    pass
print(Empty.__doc__)
Empty
