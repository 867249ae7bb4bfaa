from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/languages_head.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_output = resolve('output')
    l_0_versions = missing
    pass
    l_0_versions = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'translations'), (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url') if ((undefined(name='page') if l_0_page is missing else l_0_page) and (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'page')) else environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')))
    context.vars['versions'] = l_0_versions
    context.exported_vars.add('versions')
    for l_1_version in (undefined(name='versions') if l_0_versions is missing else l_0_versions):
        _loop_vars = {}
        pass
        yield '<link rel="alternate" hreflang="'
        yield escape(environment.getattr(l_1_version, 'locale'))
        yield '" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr(l_1_version, 'url'), _loop_vars=_loop_vars))
        yield '">\n'
    l_1_version = missing
    def t_1(fiter):
        for l_1_version in fiter:
            if environment.getattr(l_1_version, 'is_default'):
                yield l_1_version
    for l_1_version in t_1((undefined(name='versions') if l_0_versions is missing else l_0_versions)):
        _loop_vars = {}
        pass
        yield '<link rel="alternate" hreflang="x-default" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr(l_1_version, 'url'), _loop_vars=_loop_vars))
        yield '">\n'
    l_1_version = missing

blocks = {}
debug_info = '3=15&4=18&5=22&7=27&8=35'

# Made by Jinja 3.1.6 from the theme's layouts/partials/languages_head.html with `python -m mentorblog.render.theme_code`; do not edit.
