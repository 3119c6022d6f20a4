try:
    np.int8(200)
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.array([300], dtype=np.uint8)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e), e)
