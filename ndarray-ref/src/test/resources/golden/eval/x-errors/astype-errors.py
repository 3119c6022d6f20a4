a = np.arange(3)
a.astype("notatype")
a.view(np.complex128)
np.arange(3, dtype=np.int8).view(np.int16)
