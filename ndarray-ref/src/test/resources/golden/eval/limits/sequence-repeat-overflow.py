# Where CPython's own size arithmetic refuses a repeat, its error is deterministic (no allocation is tried).
[0] * 2**63
'a' * 2**63
'ab' * 2**62
[0] * 2**61
(0,) * 2**61
[1, 2] * 2**60
[] * 2**62
'' * 2**62
[0, 1] * -5
'ab' * -(2**63)
x = [0]
x *= 2**63
x
