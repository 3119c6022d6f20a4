np.array([1+2j, 3.5-1j])
np.zeros(2, dtype=np.complex128)
print(np.array([1j]))
np.complex128(1+1j)
