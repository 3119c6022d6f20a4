word = "numpy"
word[0]
word[-1]
word[1:3]
word[::-1]
word * 2
len(word)
word[10]
