from dataclasses import dataclass

@dataclass
class Student:
    name: str
    grade: int = 0

s = Student("Ada", 95)
s
s == Student("Ada", 95)
Student("Bob")
