"""An OpenAPI -> Python SDK generator: loader -> IR builder -> Jinja renderer -> formatter/writer."""

__version__ = "0.1.0"
