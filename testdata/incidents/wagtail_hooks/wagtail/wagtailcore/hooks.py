# Reconstruction for flake8-failfast's incident corpus: wagtail, https://github.com/wagtail/wagtail/issues/398, as before 3a1099e3; not the project's code.
from django.conf import settings
try:
    from importlib import import_module
except ImportError:
    from django.utils.importlib import import_module

_hooks = {}
_searched_for_hooks = False


def register(hook_name, fn=None):
    if fn is None:
        return lambda f: register(hook_name, f) or f
    _hooks.setdefault(hook_name, []).append(fn)


def search_for_hooks():
    global _searched_for_hooks
    if _searched_for_hooks:
        return
    for app_module in settings.INSTALLED_APPS:
        try:
            import_module("%s.wagtail_hooks" % app_module)
        except ImportError:
            continue
    _searched_for_hooks = True


def get_hooks(hook_name):
    search_for_hooks()
    return _hooks.get(hook_name, [])
