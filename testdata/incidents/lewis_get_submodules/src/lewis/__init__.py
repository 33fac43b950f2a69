# lewis, https://github.com/ess-dmsc/lewis/issues/277: src/lewis/__init__.py before commit ee09742e, trimmed to its top-level imports and the names it defines
__version__ = '1.2.0'
