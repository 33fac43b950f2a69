# Reconstruction for flake8-failfast's incident corpus: djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48 (open), as at 2a59d14; not the project's code.
