# exercise: column-view
# student: hostile-loop
# expect: values=correct is-a-view=correct writes-through=correct allocates-nothing=wrong
# Loops forever only for column 3: the one check that asks for it fails, the others pass.

def column(a, j):
    while j == 3:
        pass
    return a[:, j]
