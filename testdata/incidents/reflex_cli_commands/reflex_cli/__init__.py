# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: reflex_cli/__init__.py before commit e1af7d8, trimmed to its top-level imports and the names it defines
