x = np.array([2.6008659017109668e+19, 2.53392195306561e+17], dtype=np.float32)
x.imag
x.tolist()
x + 1
