x = np.array([-4010561, 303858, 8545810, -9036244, -7824196], dtype=np.int64)
x // 2
print(x)
x.astype(np.uint8)
