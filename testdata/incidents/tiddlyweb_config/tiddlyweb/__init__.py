# TiddlyWeb, https://github.com/tiddlyweb/tiddlyweb/issues/6: tiddlyweb/__init__.py before commit 85fb8ce, trimmed to its top-level imports and the names it defines
__version__ = '1.1.dev2'
__author__ = 'Chris Dent (cdent@peermore.com)'
__copyright__ = 'Copyright UnaMesa Association 2008-2010'
__contributors__ = ['Frederik Dohr',
        'Zac Bir', 'Jeremy Ruston']
__license__ = 'BSD'
