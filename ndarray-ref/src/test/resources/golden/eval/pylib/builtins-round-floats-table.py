vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 12345.6789, -0.05, 1e-20, 123.456]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 3))
