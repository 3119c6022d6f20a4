list(np.arange(0.1,0.4,0.1).round(1))
list(np.arange(1, 4, 1) / 10.0)
np.arange(0, 1.12, 0.04)
np.arange(0, 1.08, 0.04)
1.12/0.04
1.08/0.04
np.arange(0, 28)*0.04
