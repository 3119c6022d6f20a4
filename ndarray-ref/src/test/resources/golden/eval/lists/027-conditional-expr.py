# Conditional expressions choose between values.
a = np.arange(5)
v = a[1:]
"view" if v.base is a else "copy"
c = a[[1, 2]]
"view" if c.base is a else "copy"
kind = "view" if np.shares_memory(c, a) else "copy"
kind
