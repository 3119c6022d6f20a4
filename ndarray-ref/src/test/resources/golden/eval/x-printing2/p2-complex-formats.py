np.array([1.5+2j, -1j, 0])
np.array([1e10+1j])
np.array([np.nan + 1j])
np.complex128(-1.5j)
np.array([1+0j, 0+0j]).real
