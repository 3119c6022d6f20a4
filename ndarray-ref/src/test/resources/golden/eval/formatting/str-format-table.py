values = ['', 'a', 'abc', 'hello world', 'é', 'naïve']
specs = ['', 's', '5', '<5', '>5', '^5', '*^9', '.2', '10.3', '-<4', '0>6', '.0', '^1']
for v in values:
    print('|'.join([format(v, s) for s in specs]) + '|')
