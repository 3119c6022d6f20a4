name = "Ada"
age = 36
print("%s is %d years old" % (name, age))
print("{} is {} years old".format(name, age))
print("{0:>10}|{1:<5}|".format(name, age))
print("Pi is about {:.3f}".format(3.14159))
