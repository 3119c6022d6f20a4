# [a] * 3 holds three references to one array.
a = np.zeros(2)
trio = [a] * 3
trio[0][0] = 7
trio
trio[1] is a
np.array(trio)
