# CPython 3.11 refuses int <-> decimal str conversions of more than 4300 digits (sys.get_int_max_str_digits()).
big = 10**4300
len(str(big - 1))
str(big)
-big + 1 == int('-' + '9' * 4300)
print(-big)
f"{big * 7}"
repr(10**5000)
int('9' * 4301)
int('-' + '9' * 4301)
int('9_' * 4300 + '9')
int('9' * 5000 + 'x')
