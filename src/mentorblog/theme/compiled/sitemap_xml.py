from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sitemap.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_entries = resolve('entries')
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'languages'):
        pass
        yield ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    yield '>\n'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        _loop_vars = {}
        pass
        yield '  <url>\n    <loc>'
        yield escape(environment.getattr(l_1_entry, 'loc'))
        yield '</loc>\n'
        if environment.getattr(l_1_entry, 'lastmod'):
            pass
            yield '    <lastmod>'
            yield escape(environment.getattr(l_1_entry, 'lastmod'))
            yield '</lastmod>\n'
        if environment.getattr(l_1_entry, 'changefreq'):
            pass
            yield '    <changefreq>'
            yield escape(environment.getattr(l_1_entry, 'changefreq'))
            yield '</changefreq>\n'
        if environment.getattr(l_1_entry, 'priority'):
            pass
            yield '    <priority>'
            yield escape(environment.getattr(l_1_entry, 'priority'))
            yield '</priority>\n'
        for (l_2_hreflang, l_2_href) in environment.getattr(l_1_entry, 'alternates'):
            _loop_vars = {}
            pass
            yield '    <xhtml:link rel="alternate" hreflang="'
            yield escape(l_2_hreflang)
            yield '" href="'
            yield escape(l_2_href)
            yield '"/>\n'
        l_2_hreflang = l_2_href = missing
        yield '  </url>\n'
    l_1_entry = missing
    yield '</urlset>\n'

blocks = {}
debug_info = '2=14&3=18&5=22&6=24&7=27&9=29&10=32&12=34&13=37&15=39&16=43'

# Made by Jinja 3.1.6 from the theme's layouts/sitemap.xml with `python -m mentorblog.render.theme_code`; do not edit.
