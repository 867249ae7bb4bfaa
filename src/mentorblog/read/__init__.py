"""Reading the site: site.yaml -> Config, the files of site and theme, file -> Page."""
