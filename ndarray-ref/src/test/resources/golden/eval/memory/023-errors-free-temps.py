# A failing statement leaves no temporaries behind.
a = np.arange(1000)
(a + 1).reshape(7, 7)
live_bytes()
a += 1.5
live_bytes()
np.ones(10) + np.ones(11)
live_bytes()
