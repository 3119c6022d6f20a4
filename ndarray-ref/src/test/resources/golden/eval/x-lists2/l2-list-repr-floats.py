l = [0.1, 1e-7, 1e16, 2.0, -0.0, float("nan")]
l
print(l)
np.array(l)
