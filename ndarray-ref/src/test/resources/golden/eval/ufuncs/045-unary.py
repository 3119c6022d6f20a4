# Unary minus and plus.
a = np.array([1, -2, 3], dtype=np.int8)
-a
+a is a
-np.array([0.0, -0.0])
-np.array([-128], dtype=np.int8)
-np.array([1], dtype=np.uint8)
