a = np.arange(3, dtype=np.uint16)
for_ = [a.dtype == np.uint16, a.dtype == "uint16", a.dtype == "u2", a.dtype == np.int16]
for_
a.dtype == None
np.zeros(2).dtype == None
np.zeros(2).dtype == float
float == np.zeros(2).dtype
np.arange(2).dtype == int
a.dtype != "uint16"
a.dtype == "nonsense"
a.dtype == 3
np.uint16 == a.dtype
