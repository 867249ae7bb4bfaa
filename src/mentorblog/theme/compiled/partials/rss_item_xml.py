from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/rss_item.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_item = resolve('item')
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['forceescape']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'forceescape' found.")
    try:
        t_2 = environment.filters['rfc822']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rfc822' found.")
    pass
    yield '    <item>\n      <title>'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title'))
    yield '</title>\n      <link>'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'permalink'))
    yield '</link>\n      <guid isPermaLink="true">'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'permalink'))
    yield '</guid>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'publish_date'):
        pass
        yield '      <pubDate>'
        yield escape(t_2(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'publish_date')))
        yield '</pubDate>\n'
    for l_1_author in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'authors'):
        _loop_vars = {}
        pass
        yield '      <dc:creator>'
        yield escape(l_1_author)
        yield '</dc:creator>\n'
    l_1_author = missing
    for (l_1_name, l_1__) in (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'tags') + context.call(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'terms'), 'categories')):
        _loop_vars = {}
        pass
        yield '      <category>'
        yield escape(l_1_name)
        yield '</category>\n'
    l_1_name = l_1__ = missing
    yield '      <description>'
    yield escape(t_1((environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'content') if environment.getattr(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds'), 'full_text') else (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'description') or environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary')))))
    yield '</description>\n    </item>\n'

blocks = {}
debug_info = '3=26&4=28&5=30&6=32&7=35&9=37&10=41&12=44&13=48&15=52'

# Made by Jinja 3.1.6 from the theme's layouts/partials/rss_item.xml with `python -m mentorblog.render.theme_code`; do not edit.
