# Reconstruction for flake8-failfast's incident corpus: cookiecutter-django (a project generated with the defaults), https://github.com/cookiecutter/cookiecutter-django/issues/6259 (fix PR #6263), as before 01d4327; not the project's code.
__version__ = "0.1.0"
