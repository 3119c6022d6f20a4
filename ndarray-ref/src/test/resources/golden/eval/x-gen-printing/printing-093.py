x = np.array([[-53410.815, 64153.4, -446386029.99950725, -729.33, -472351748.206303, 850513403.0]], dtype=np.complex128)
x
[x.shape, x.dtype]
-x
x.real
x.real
