"""The runtime stage: which masked imports fail today, not which could.

It takes the handlers the static search finds (`candidates.find_candidates`),
watches them while real code runs (`recorder`), and gives every handler that
caught an exception, with the exception and a verdict: broken, or an optional
module that is simply not installed (`verdict`). Two ways in: the
`flake8-failfast probe` command (`command`, imports in a child interpreter)
and the pytest plugin (`session`, for a whole test session).

Importing this package imports nothing else: the pytest plugin loads it only
when asked.
"""
