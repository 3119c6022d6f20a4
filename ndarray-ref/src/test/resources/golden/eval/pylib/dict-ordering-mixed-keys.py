d = {1: 'int', 1.5: 'float', (1,): 'tuple', 'one': 'str', None: 'none', True: 'bool?'}
d
d[1.0]
len(d)
list(d.keys())
{v: k for k, v in d.items()}
