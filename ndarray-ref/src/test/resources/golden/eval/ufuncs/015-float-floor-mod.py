# Floor division and modulo on floats.
x = np.array([-3.5, -1.0, 2.5, 7.0])
x // 2
x % 2
x // 0.5
x % -1.5
