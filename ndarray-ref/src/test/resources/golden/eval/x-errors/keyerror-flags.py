a = np.arange(3)
a.flags['FOO']
a.flags['OWNDATA']
a.flags['O']
a.flags['C']
a.flags['W']
d = {'x': 1}
d['y']
