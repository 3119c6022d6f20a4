# [None] * n repeats the same element reference n times.
slots = [None] * 4
slots
slots[1] = 5
slots
len([None] * 1_000)
[0] * 3 + [1] * 2
