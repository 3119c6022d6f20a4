for n in [0, 1, -1, 7, 255, -256, 2**40]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator)
