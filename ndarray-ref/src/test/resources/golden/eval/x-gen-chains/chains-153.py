a = np.zeros(1)
b = np.asarray(a)
c = np.asfortranarray(b)
b.flags['WRITEABLE']
a.strides
c.flags['WRITEABLE']
c.base is None
c.base is a
c *= 2
print(b)
