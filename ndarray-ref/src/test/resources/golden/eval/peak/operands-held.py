# the left operand of - is a temporary, alive while the right one is made and while - runs: four arrays at
# once. NumPy does not reuse the float32 temporary for the float64 result, nor (for -) the right one.
a = np.ones(1_000_000, dtype=np.float32)
b = (a * 2) - np.ones(1_000_000)
peak_bytes() // 1_000_000
live_bytes()
