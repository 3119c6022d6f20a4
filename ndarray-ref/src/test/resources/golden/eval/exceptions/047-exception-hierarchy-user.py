class AppError(Exception):
    pass
class DataError(AppError):
    pass
class ConfigError(AppError):
    pass
def load(kind):
    if kind == "data":
        raise DataError("bad data")
    if kind == "config":
        raise ConfigError("bad config")
    return "ok"
for kind in ["data", "config", "none"]:
    try:
        print(load(kind))
    except DataError as e:
        print("data problem:", e)
    except AppError as e:
        print("app problem:", type(e).__name__, e)
