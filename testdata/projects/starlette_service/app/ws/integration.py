"""An own module that needs an undeclared library: it raises without it, so it can be absent."""
try:
    import langchain
except ImportError:
    raise RuntimeError("the langchain integration needs langchain") from None

Chain = langchain.Chain
