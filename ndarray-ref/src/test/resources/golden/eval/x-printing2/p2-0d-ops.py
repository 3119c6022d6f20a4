z = np.array(4.0)
z * 2
z + np.array(1)
type(z + 1)
z[()]
z[...]
z.item()
float(z)
