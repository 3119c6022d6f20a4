np.arange(0, 10, 2)  # np.arange(start, stop, step)
np.linspace(0.1, 0.2, num=5)  # np.linspace(start, stop, num)
np.linspace(0.1, 0.2, num=5, endpoint=False)
np.linspace(1+1.j, 4, 5, dtype=np.complex64)
