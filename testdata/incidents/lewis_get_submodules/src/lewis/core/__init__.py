# lewis, https://github.com/ess-dmsc/lewis/issues/277: src/lewis/core/__init__.py before commit ee09742e, trimmed to its top-level imports and the names it defines
