# A Python number broadcasts against every element.
a = np.array([[1, 2], [3, 4]])
a + 10
10 - a
a * 0.5
-a
+a
