# a = a + 1 makes a new array and rebinds the name; the old one is untouched.
a = np.arange(4)
alias = a
a = a + 1
alias
a
alias is a
