for b in [2, 8, 10, 16, 36]:
    print(b, int("101", b), int("  -101  ", b))
int("z", 35)
int("Z", 36)
int("0o777", 8)
int("0b1", 16)
int("0x", 16)
int("0", 0), int("-0x10", 0), int("+0b1_0", 0)
