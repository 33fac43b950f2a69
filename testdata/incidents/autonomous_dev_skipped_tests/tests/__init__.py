# autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469: tests/__init__.py before commit 2b1d5e90, trimmed to its top-level imports and the names it defines
