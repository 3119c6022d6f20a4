(10).bit_length()
(-255).bit_length()
(255).bit_count()
(2.5).is_integer()
(2.0).is_integer()
(0.75).as_integer_ratio()
(0.1).as_integer_ratio()
(6).as_integer_ratio()
(-2.5).as_integer_ratio()
float('inf').as_integer_ratio()
float('nan').as_integer_ratio()
(3).conjugate()
(2.5).conjugate()
(1+2j).conjugate()
(5).real, (5).imag, (2.5).real, (2.5).imag, (1+2j).real, (1+2j).imag
(5).numerator, (5).denominator
True.real, True.bit_length()
(5).frobnicate
(1.5).nope
(3).bit_length(1)
