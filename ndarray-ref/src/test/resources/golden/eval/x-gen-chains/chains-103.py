a = np.full(1, -1, dtype=np.int8).reshape(1, 1)
b = a.diagonal()
c = np.array(b, copy=False)
b.flags['WRITEABLE']
b.flags['C_CONTIGUOUS']
b[-1] = 70
c
