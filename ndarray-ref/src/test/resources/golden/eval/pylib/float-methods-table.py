for x in [0.0, -0.0, 0.5, 2.0, -3.75, 0.1, 1e300, 5e-324]:
    print(x, x.is_integer(), x.as_integer_ratio()[1] <= 2**1074, x.real, x.imag, x.conjugate())
(0.1).as_integer_ratio()
(5e-324).as_integer_ratio()[0]
