def risky(flag):
    try:
        if flag:
            raise RuntimeError("boom")
        return "fine"
    finally:
        print("cleanup", flag)
risky(False)
risky(True)
try:
    risky(True)
except RuntimeError as e:
    print("caught", e)
