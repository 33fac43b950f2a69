# cookiecutter-django, https://github.com/cookiecutter/cookiecutter-django/issues/6259 (fixed by PR #6263, commit 01d4327): the template's {{cookiecutter.project_slug}}/__init__.py before that commit, rendered with the default version
__version__ = "0.1.0"
__version_info__ = tuple(
    int(num) if num.isdigit() else num
    for num in __version__.replace("-", ".", 1).split(".")
)
