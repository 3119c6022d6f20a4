a = np.linspace(0, 2, 1)
b = a.squeeze()
c = a[1:1]
d = a[0]
e = a[0::3]
(a.base is a, np.may_share_memory(a, a))
(d.base is b, np.may_share_memory(d, b))
c.flags['C_CONTIGUOUS']
d.flags['OWNDATA']
e.base is None
d *= 2
print(a)
