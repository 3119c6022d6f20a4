rng = np.random.default_rng(42)
deck = np.arange(10)
rng.shuffle(deck)
deck
rng.choice(deck, size=3, replace=False)
rng.permutation(5)
