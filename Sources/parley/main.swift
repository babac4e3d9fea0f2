import InterviewKit
print("parley")
