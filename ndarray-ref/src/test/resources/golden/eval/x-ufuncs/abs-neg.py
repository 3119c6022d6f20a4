a = np.array([-3, 2])
abs(a)
-a
+a
np.int8(-128) * -1
