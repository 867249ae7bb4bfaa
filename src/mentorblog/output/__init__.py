"""Writing the site: the temp folder and swap, the build cache, output reuse."""
