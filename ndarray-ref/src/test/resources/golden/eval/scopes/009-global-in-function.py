total = 0
def add(k):
    global total
    total += k
add(3); add(4)
total
