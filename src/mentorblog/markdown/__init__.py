"""A page's body -> Content: markdown-it-py with our rules, shortcodes, Liquid."""
