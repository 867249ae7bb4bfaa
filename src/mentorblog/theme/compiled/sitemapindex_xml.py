from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sitemapindex.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sitemaps = resolve('sitemaps')
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    for l_1_entry in (undefined(name='sitemaps') if l_0_sitemaps is missing else l_0_sitemaps):
        _loop_vars = {}
        pass
        yield '  <sitemap>\n    <loc>'
        yield escape(environment.getattr(l_1_entry, 'loc'))
        yield '</loc>\n'
        if environment.getattr(l_1_entry, 'lastmod'):
            pass
            yield '    <lastmod>'
            yield escape(environment.getattr(l_1_entry, 'lastmod'))
            yield '</lastmod>\n'
        yield '  </sitemap>\n'
    l_1_entry = missing
    yield '</sitemapindex>\n'

blocks = {}
debug_info = '3=13&5=17&6=19&7=22'

# Made by Jinja 3.1.6 from the theme's layouts/sitemapindex.xml with `python -m mentorblog.render.theme_code`; do not edit.
