"""The commands beside `build`: serve, check, new; thin shells over build.py."""
