samples, step = np.linspace(0, 1, 5, retstep=True)
samples
step
np.linspace(0, 10, 5, dtype=int)
np.linspace(2.0, 3.0, num=4, endpoint=False)
