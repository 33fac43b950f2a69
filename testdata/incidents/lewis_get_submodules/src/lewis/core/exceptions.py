# lewis, https://github.com/ess-dmsc/lewis/issues/277: src/lewis/core/exceptions.py before commit ee09742e, trimmed to its top-level imports and the names it defines


class LewisException(Exception):
    ...


class LimitViolationException(Exception):
    ...


class AccessViolationException(Exception):
    ...
