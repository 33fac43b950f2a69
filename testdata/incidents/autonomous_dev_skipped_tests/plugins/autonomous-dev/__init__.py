# Reconstruction for flake8-failfast's incident corpus: autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469, as before 2b1d5e90; not the project's code.
