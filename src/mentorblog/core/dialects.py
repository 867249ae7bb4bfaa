"""What Hugo's and Jekyll's keys mean here, in one place: site settings and their spellings,
the theme's (PaperMod's) settings, front-matter fields and display switches, layout names.
Every key is compared normalised (`keys.norm`: any case, without `_` and `-`); FRONTMATTER.md
describes each one."""

from __future__ import annotations

from mentorblog.core.keys import norm

# Canonical site key -> every spelling (normalised) that means it.
SITE_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "base_url": ("baseurl", "url"),
    "language": ("language", "languagecode", "lang"),
    "description": ("description",),
    "author": ("author", "authors"),
    "copyright": ("copyright",),
    "timezone": ("timezone",),
    "date_format": ("dateformat",),
    "pagination": ("pagination",),
    "paginate": ("paginate", "paginatorsize"),
    "paginate_path": ("paginatepath",),
    "main_sections": ("mainsections",),
    "taxonomies": ("taxonomies",),
    "permalinks": ("permalinks",),
    "permalink": ("permalink",),
    "summary_length": ("summarylength",),
    "excerpt_separator": ("excerptseparator",),
    "reading_speed": ("readingspeed",),
    "has_cjk_language": ("hascjklanguage",),
    "enable_emoji": ("enableemoji",),
    "build_drafts": ("builddrafts", "showdrafts", "unpublished"),  # Jekyll: published: false
    "build_future": ("buildfuture", "future"),
    "build_expired": ("buildexpired",),
    "ugly_urls": ("uglyurls",),
    "feeds": ("feeds",),
    "feed": ("feed",),
    "services": ("services",),
    "full_text_rss": ("showfulltextinrss",),
    "search": ("search",),
    "raw_html": ("rawhtml",),
    "kramdown": ("kramdown",),
    "dialect": ("dialect",),
    "markdown": ("markdown",),
    "markup": ("markup",),
    "menu": ("menu", "menus"),
    "publish_dir": ("publishdir", "destination"),
    "cache_dir": ("cachedir",),
    "params": ("params",),
    "defaults": ("defaults",),
    "minima": ("minima",),
    "profiles": ("profiles",),  # also `authors:` written as a mapping of name -> profile
    "journal": ("journal",),
    "related": ("related",),
    "include": ("include",),
    "languages": ("languages",),
    "default_language": ("defaultcontentlanguage", "defaultlanguage", "defaultlang"),
    "default_language_in_subdir": (
        "defaultcontentlanguageinsubdir",
        "defaultlanguageinsubdir",
    ),
    "readers": ("readers",),
    "lang_from_path": ("langfrompath",),
    "exclude_from_localization": ("excludefromlocalization",),
    "plugins": ("plugins", "gems"),  # ours are Python modules; Jekyll's gems are passed over
}

# Theme settings (PaperMod's params): allowed at the top level or under `params`.
THEME_PARAMS: dict[str, str] = {
    norm(k): k
    for k in (
        "ShowReadingTime ShowWordCount ShowToc TocOpen UseHugoToc ShowBreadCrumbs "
        "ShowPostNavLinks ShowCodeCopyButtons ShowRssButtonInSectionTermList ShowLastMod "
        "hideSummary hideMeta hideAuthor hideFooter disableAnchoredHeadings comments math "
        "ShowShareButtons ShareButtons comments_provider cover editPost images keywords env "
        "defaultTheme disableThemeToggle disableScrollToTop disableSpecial1stPost "
        "ShowAllPagesInArchive ShowPageNums homeInfoParams profileMode socialIcons label "
        "assets fuseOpts ShowCanonicalLink CanonicalLinkText ShowFullTextinRSS "
        "disableShare mainSections DateFormat"
    ).split()
}
BOOL_THEME_PARAMS = frozenset(
    {
        norm(k)
        for k in (
            "ShowReadingTime ShowWordCount ShowToc TocOpen UseHugoToc ShowBreadCrumbs "
            "ShowPostNavLinks ShowCodeCopyButtons ShowRssButtonInSectionTermList ShowLastMod "
            "hideSummary hideMeta hideAuthor hideFooter disableAnchoredHeadings comments math "
            "ShowShareButtons disableThemeToggle disableScrollToTop disableSpecial1stPost "
            "ShowAllPagesInArchive ShowPageNums ShowCanonicalLink"
        ).split()
    }
)

# Settings of Hugo or Jekyll that mean nothing here: a quiet warning, no suggestion.
FOREIGN_SETTINGS = {
    norm(k)
    for k in (
        "theme themesDir enableRobotsTXT enableEmoji enableGitInfo minify outputs outputFormats "
        "module googleAnalytics disqusShortname privacy "
        "sitemap security caches imaging build disableKinds enableInlineShortcodes "
        "pygmentsUseClasses pygmentsCodeFences canonifyURLs relativeURLs "
        "mediaTypes frontmatter cascade highlighter exclude "
        "collections sass incremental safe keep_files encoding twitter_username "
        "github_username show_excerpts header_pages jekyll-archives whitelist "
        "disqus google_analytics source layouts_dir data_dir includes_dir "
        "collections_dir webrick livereload port host strict_front_matter liquid "
        "paginate_path_format remove_linked_images"
    ).split()
}

# jekyll-polyglot's settings besides those read as mentorblog's own (`languages`,
# `default_lang`, `lang_from_path`, `exclude_from_localization`): why each is not carried
# over, or None when it only changes how Jekyll runs or mentorblog always does what it asks
# (accepted in silence). `fallback_canonical_to_default_lang` is None only when true.
POLYGLOT_SETTINGS: dict[str, str | None] = {
    norm("parallel_localization"): None,  # forks one Jekyll process per language
    norm("fallback_canonical_to_default_lang"): (
        "a fallback page's canonical address is always its original's here (what `true` "
        "does), so search engines index the text once"
    ),
    norm("lang_vars"): (
        "names Liquid layouts read the language by; layouts here read `site.lang`; not carried over"
    ),
    norm("localize_redirects"): (
        "Netlify `_redirects` rules are not repeated per language; write the /fr/ ones "
        "in static/_redirects; not carried over"
    ),
    norm("exclude_from_redirect_localization"): (
        "Netlify `_redirects` rules are not repeated per language; not carried over"
    ),
}


def polyglot_setting(key: str, value: object) -> str | None:
    """Why a jekyll-polyglot setting is not carried over, or None when nothing is lost."""
    n = norm(key)
    if n == norm("fallback_canonical_to_default_lang") and value is not False:
        return None
    return POLYGLOT_SETTINGS[n]


# Display switches read by the theme through page.param(); validated as booleans here.
BOOL_FLAGS = {
    norm(k)
    for k in (
        "ShowReadingTime ShowWordCount showToc TocOpen UseHugoToc ShowBreadCrumbs "
        "ShowPostNavLinks ShowCodeCopyButtons ShowRssButtonInSectionTermList ShowLastMod "
        "hideSummary hidemeta hideAuthor hideFooter disableAnchoredHeadings comments math "
        "disableShare disableHLJS featured ShowCanonicalLink"
    ).split()
}
OTHER_FLAGS = {norm(k) for k in "ShareButtons editPost CanonicalLinkText".split()}

# Fields the pipeline itself reads (normalised spelling -> meaning is in _fields()).
FIELDS = {
    norm(k)
    for k in (
        "title linkTitle date lastmod modified last_modified_at publishDate pubdate published "
        "expiryDate unpublishdate draft weight tags tag categories category author authors "
        "description summary excerpt excerpt_separator aliases redirect_from slug url "
        "permalink keywords canonicalURL canonical_url images image cover media_subpath "
        "img_path redirect_to redirect build sitemap layout "
        "searchHidden hiddenInHomeList hiddenInRss robotsNoIndex isCJKLanguage params "
        "session sessions visibility shared_with shared_title "
        "commitments done dropped in_reply_to translationKey"
    ).split()
}
KNOWN_KEYS = FIELDS | BOOL_FLAGS | OTHER_FLAGS
# Names themes give the switch "this page (or every page) has math": PaperMod's `math`,
# Jekyll themes' `mathjax` (klise: `usemathjax`), KaTeX themes' `katex`; normalised.
MATH_SWITCHES = ("math", "mathjax", "usemathjax", "katex")
LAYOUT_ALIASES = {"default": None, "home": "page", "single": "post", "list": "section"}
