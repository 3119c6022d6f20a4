try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("caught ki")
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e.args)
class Stop(BaseException):
    pass
try:
    raise Stop()
except Exception:
    print("no")
except BaseException:
    print("base")
