# del removes one name; the array lives while another name refers to it.
a = np.ones(500)
b = a
del a
live_bytes()
b[0]
del b
live_bytes()
