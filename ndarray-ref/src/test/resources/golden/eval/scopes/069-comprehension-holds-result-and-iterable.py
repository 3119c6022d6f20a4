[(np.ones(10), live_bytes())[1] for _ in range(3)]
[live_bytes() for a in [np.ones(20), np.ones(30)]]
list((np.ones(5), live_bytes())[1] for _ in range(3))
live_bytes()
