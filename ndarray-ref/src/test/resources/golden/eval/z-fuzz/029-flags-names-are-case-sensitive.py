a = np.arange(3)
a.flags.x
a.flags.c
a.flags.C_CONTIGUOUS
a.flags.fnc, a.flags.forc, a.flags.behaved, a.flags.carray, a.flags.farray
a.flags.contiguous, a.flags.fortran, a.flags.writebackifcopy
a.flags.o
a.flags.ca
a.flags['X'], a.flags['CA'], a.flags['B'], a.flags['FNC'], a.flags['BEHAVED']
a.flags['c']
a.flags['behaved']
a.flags['ca']
np.float64(1).flags.owndata
