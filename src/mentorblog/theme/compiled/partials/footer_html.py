from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/footer.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    pass
    yield '<footer class="site-footer">\n  <ul>\n    <li>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'copyright_html'))
    yield '</li>\n    <li>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'built_with'))
    yield ' mentorblog</li>\n'
    if ((environment.getattr(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds'), 'rss') or environment.getattr(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds'), 'atom')) or environment.getattr(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds'), 'json')):
        pass
        yield '<li><a href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rel'), '/subscribe/'))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'subscribe'))
        yield '</a></li>'
    yield '  </ul>\n</footer>\n'

blocks = {}
debug_info = '5=13&6=15&7=17'

# Made by Jinja 3.1.6 from the theme's layouts/partials/footer.html with `python -m mentorblog.render.theme_code`; do not edit.
