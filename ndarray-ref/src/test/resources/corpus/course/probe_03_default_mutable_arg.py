def append_to(item, target=[]):
    target.append(item)
    return target

append_to(1)
append_to(2)
append_to(3, [])
