a = np.arange(3)
a.conj() is a
a.conjugate() is a
np.conj(a) is a
np.conj(a)
c = np.array([1+2j, 3-4j])
c.conj()
np.conjugate(c)
np.conj(np.complex128(1+2j))
np.conj is np.conjugate
np.rint(np.array([0.5+1.5j, 2.5-2.5j]))
np.sqrt(np.array([-4+0j, 9+0j, -0.0+0j]))
np.sqrt(np.array([-4-0j]))
np.square(c)
np.reciprocal(np.array([2+0j]))
