a = np.arange(10)
x = a[3]
s = a[3:4]
x = 100
s[0] = 200
a
type(x), type(s)
