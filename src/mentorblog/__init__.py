"""mentorblog: a static-site generator for mentoring journals."""

__version__ = "0.1.0"
