"""The fixer: rewrite what the plugin reports so that the failed import fails where it happens.

Takes a file's bytes and the plugin's findings (the same pipeline and
settings), and gives the fixed bytes: `plan` chooses which handlers to fix
and checks the result, `rewrite` edits the libcst tree (`cst_statement`
parses it, and `twins` pairs each of its statements with the `ast` statement
the plugin's `handlers` read, so that both judge alike), `noqa` and
`config_select` leave alone what flake8 would not report, `source_bytes`
keeps encodings and line endings. Only the CLI imports this stage.
"""
