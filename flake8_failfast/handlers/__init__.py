"""Stage 2, libcst: what each handler of a candidate statement leaves behind.

Takes one candidate statement's source (found by `candidates`) and gives
`sites.HandlerVerdict` records: for each handler, the modules its `try`
imports and every name it leaves None, a stub, a raising placeholder or
unbound. Only `analysis` and its helpers import libcst; `sites` is plain data,
read by the judge, the cache and the fixer without it.
"""
