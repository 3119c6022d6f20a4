# temporaries NumPy cannot reuse for the result: a comparison (its bool result differs from the operands),
# an operand that is a view, an operand still bound to a name
a = np.ones(1_000_000)
m = (a * 2) > a
peak_bytes() // 1_000_000
v = a[::2] * 3
t = v + a[::2]
peak_bytes() // 1_000_000
