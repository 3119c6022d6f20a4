# True division always gives floats; // and % follow Python's floor rules.
a = np.arange(-3, 4)
a / 2
a // 2
a % 2
a // -2
a % -2
