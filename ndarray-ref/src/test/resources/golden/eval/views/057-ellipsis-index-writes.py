# a[...] = value writes every element in place; a = value rebinds the name.
a = np.arange(4)
alias = a
a[...] = 9
alias
a = 0
alias
a
