"3" + 4
len(5)
int("3") + 4
str(3) + "4"
None + 1
