a = np.arange(3)
a.real
a.imag
a.imag.flags['WRITEABLE']
