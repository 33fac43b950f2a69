# autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469: plugins/autonomous-dev/lib/__init__.py (empty) before commit 2b1d5e90
