scores = np.array([55, 72, 90, 40])
passed = scores >= 60
passed
scores[passed]
scores[~passed] = 60
scores
