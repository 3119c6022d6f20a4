# a -= m writes into a's buffer; a[:] = a - m and a = a - m make a whole temporary first
a = np.ones(1_000_000)
a -= 1.0
peak_bytes() // 1_000_000
a[:] = a - 1.0
peak_bytes() // 1_000_000
live_bytes()
a = a - 1.0
peak_bytes() // 1_000_000
live_bytes()
