# Printing a large array creates temporaries that are freed again.
a = np.arange(2000)
print(a); live_bytes()
str(np.arange(5000.0)); live_bytes()
a
live_bytes()
