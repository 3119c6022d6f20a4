# Arithmetic and ordering between numbers and a str: NumPy finds no loop for a '<U' dtype.
a = np.arange(3)
a + "x"
"x" > a
a < "xy"
np.float32(1) - "x"
a ** "x"
a == "x"
