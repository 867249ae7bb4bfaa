# Pelican settings for bench/run.py: Pelican's defaults (default theme, Markdown reader) with the
# same shape of site as the other generators get: 10 posts a page, post pages under /posts/, tag
# pages, a site feed and one feed per tag. Run as `pelican CONTENT -o OUTPUT -s pelicanconf.py`.
SITENAME = "Bench"
SITEURL = "https://example.org"
FEED_DOMAIN = SITEURL
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10

ARTICLE_URL = "posts/{slug}/"
ARTICLE_SAVE_AS = "posts/{slug}/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_SAVE_AS = "tags/index.html"

FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
TAG_FEED_ATOM = "tags/{slug}/atom.xml"
TAG_FEED_RSS = "tags/{slug}/index.xml"

# `Status: draft` posts are not published (by default Pelican writes them under drafts/).
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""

# Cold builds: no reader cache between runs (these are Pelican's defaults, stated for clarity).
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
