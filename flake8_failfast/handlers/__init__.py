"""Stage 2: what each handler of a candidate statement leaves behind.

Takes one candidate statement's `ast` node (found by `candidates`) and gives
`sites.HandlerVerdict` records (`verdicts`): for each handler, the modules
its `try` imports (`body`) and every name it leaves None, a stub, a raising
placeholder or unbound, on every path through it (`flow`, `values`). Reading
flake8's own tree costs the lint no second parse; libcst is the fixer's,
which must keep every comment. `sites` and `kinds` are plain data, read by
the judge and the fixer.
"""
