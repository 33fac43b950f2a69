# TiddlyWeb, https://github.com/tiddlyweb/tiddlyweb/issues/6: tiddlywebconfig.py (the repository's own sample, beside the package) before commit 85fb8ce
config = {
        'log_level':'DEBUG',
        'extra': { 'stuff': ['one', 'two'], }, # required for test_merge_config
        #'server_prefix': '/wiki',
        #'system_plugins': ['twp.whoosher'],
        #'twanager_plugins': ['twp.whoosher'],
        #'indexer': 'whoosher',
        #'system_plugins': ['tiddlywebwiki'],
        #'twanager_plugins': ['whoosher'],
        #'system_plugins': ['whoosher'],
        #'base_tiddlywiki': 'smancypants',
        #'server_store': ['sql3', {'db_config': 'sqlite:///test.db'}],
        #'server_store': ['devtext', {'store_root': 'store'}],
        #'server_store': ['ramstore', {}],
        #'server_store': ['mappingsql', {'db_config': 'sqlite:///test.db'}],
        #'mappingsql.table': 'tiddlers',
        }
