import numpy as np
a = np.array([[2], [7], [23]], dtype=np.uint8)
a
b = np.unpackbits(a, axis=1)
b
c = np.unpackbits(a, axis=1, count=-3)
c
p = np.packbits(b, axis=0)
np.unpackbits(p, axis=0)
np.array_equal(b, np.unpackbits(p, axis=0, count=b.shape[0]))
