np.array(["hello", "world"])
np.array([b"hello", b"world"])
np.array([b"hello", b"world"]).astype(np.void)
