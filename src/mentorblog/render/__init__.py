"""A planned output -> its bytes, through the Jinja layouts."""
