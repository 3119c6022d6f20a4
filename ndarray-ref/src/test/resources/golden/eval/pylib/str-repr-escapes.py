'a\xa0b'
'tab\there'
'zero\u200bwidth'
'snow\u2603man'
'e\u0301'
'line\u2028sep'
"quote ' and \\"
'both \' and "'
['a\nb', 'c']
print('a\xa0b')
repr('\x85')
