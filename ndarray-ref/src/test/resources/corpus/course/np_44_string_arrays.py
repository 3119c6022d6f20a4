words = np.array(["apple", "kiwi", "banana"])
words.dtype
words[1] = "watermelon"
words
np.char.upper(words)
