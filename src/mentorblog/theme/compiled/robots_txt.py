from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'robots.txt'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    pass
    yield 'User-agent: *\n'
    if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'env') != 'production'):
        pass
        yield 'Disallow: /\n'
    else:
        pass
        yield 'Allow: /\n'
    yield '\nSitemap: '
    yield str(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), '/sitemap.xml'))
    yield '\n'

blocks = {}
debug_info = '2=13&6=20'

# Made by Jinja 3.1.6 from the theme's layouts/robots.txt with `python -m mentorblog.render.theme_code`; do not edit.
