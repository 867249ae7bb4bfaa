from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/related.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_related = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    pass
    l_0_related = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'related')
    context.vars['related'] = l_0_related
    context.exported_vars.add('related')
    if (undefined(name='related') if l_0_related is missing else l_0_related):
        pass
        yield '<nav class="related" aria-labelledby="related-title">\n  <h2 id="related-title">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'related_posts'))
        yield '</h2>\n  <ul>\n'
        for l_1_item in (undefined(name='related') if l_0_related is missing else l_0_related):
            _loop_vars = {}
            pass
            yield '    <li><a href="'
            yield escape(environment.getattr(l_1_item, 'href'))
            yield '">'
            yield escape(environment.getattr(l_1_item, 'title'))
            yield '</a>'
            if environment.getattr(l_1_item, 'date'):
                pass
                yield ' <time datetime="'
                yield escape(t_2(environment.getattr(l_1_item, 'date')))
                yield '">'
                yield escape(t_1(context, environment.getattr(l_1_item, 'date'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format')))
                yield '</time>'
            yield '</li>\n'
        l_1_item = missing
        yield '  </ul>\n</nav>\n'

blocks = {}
debug_info = '3=26&4=29&6=32&8=34&9=38'

# Made by Jinja 3.1.6 from the theme's layouts/partials/related.html with `python -m mentorblog.render.theme_code`; do not edit.
