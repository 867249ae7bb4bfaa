from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/atom_entry.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_item = resolve('item')
    l_0_updated = resolve('updated')
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['forceescape']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'forceescape' found.")
    try:
        t_2 = environment.filters['rfc3339']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rfc3339' found.")
    pass
    yield '  <entry>\n    <title>'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title'))
    yield '</title>\n    <link href="'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'permalink'))
    yield '" rel="alternate" type="text/html"/>\n    <id>'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'atom_id'))
    yield '</id>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'publish_date'):
        pass
        yield '    <published>'
        yield escape(t_2(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'publish_date')))
        yield '</published>\n'
    yield '    <updated>'
    yield escape((t_2((undefined(name='updated') if l_0_updated is missing else l_0_updated)) if (undefined(name='updated') if l_0_updated is missing else l_0_updated) else '1970-01-01T00:00:00Z'))
    yield '</updated>\n'
    for l_1_author in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'authors'):
        _loop_vars = {}
        pass
        yield '    <author><name>'
        yield escape(l_1_author)
        yield '</name></author>\n'
    l_1_author = missing
    for (l_1_name, l_1_url) in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'tags'):
        _loop_vars = {}
        pass
        yield '    <category term="'
        yield escape(l_1_name)
        yield '"/>\n'
    l_1_name = l_1_url = missing
    if (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'description') or environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary')):
        pass
        yield '    <summary type="html">'
        yield escape(t_1((environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'description') or environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary'))))
        yield '</summary>\n'
    if environment.getattr(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds'), 'full_text'):
        pass
        yield '    <content type="html">'
        yield escape(t_1(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'content')))
        yield '</content>\n'
    yield '  </entry>\n'

blocks = {}
debug_info = '3=27&4=29&5=31&6=33&7=36&9=39&10=41&11=45&13=48&14=52&16=55&17=58&19=60&20=63'

# Made by Jinja 3.1.6 from the theme's layouts/partials/atom_entry.xml with `python -m mentorblog.render.theme_code`; do not edit.
