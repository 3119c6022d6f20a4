for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        raise ValueError("x")
    finally:
        break
print("after")
