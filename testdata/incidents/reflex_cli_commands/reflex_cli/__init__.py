# Reconstruction for flake8-failfast's incident corpus: reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148, as before e1af7d8; not the project's code.
