# Reconstruction for flake8-failfast's incident corpus: lewis, https://github.com/ess-dmsc/lewis/issues/277 (fix PR #278), as before ee09742e; not the project's code.
