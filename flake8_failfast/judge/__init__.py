"""Stage 3, without libcst: can the masked import be absent, and can the masking hurt?

Takes the handlers' verdicts, flake8's `ast` tree and the files around the
checked one, and gives reports with their codes (`reports`): `hazards` judges
each masked name, asking `origin` (with `firstparty`, `stdlib` and the
project's `requirements`) whether a module can be absent on a healthy install
and `uses` whether a masked name is used unguarded (its read walk in `reads`,
the guard rules in `guards`); `whole_handler` judges what no name shows
(plugin discovery, star exports, skipped tests). A warm lint runs this stage
without paying for libcst, so nothing here imports it.
"""
