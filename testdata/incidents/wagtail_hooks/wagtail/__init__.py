# Reconstruction for flake8-failfast's incident corpus: wagtail, https://github.com/wagtail/wagtail/issues/398, as before 3a1099e3; not the project's code.
