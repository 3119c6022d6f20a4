# += changes the array in place: every alias and view sees it.
a = np.arange(4)
alias = a
v = a[::2]
a += 10
alias
v
alias is a
