from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'atom.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_items = resolve('items')
    l_0_newest = l_0_list_url = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['newest']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'newest' found.")
    try:
        t_3 = environment.filters['rfc3339']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rfc3339' found.")
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/css" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/feed.css'))
    yield '"?>\n'
    l_0_newest = (t_2((undefined(name='items') if l_0_items is missing else l_0_items)) or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'newest'))
    context.vars['newest'] = l_0_newest
    context.exported_vars.add('newest')
    yield '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '">\n  <title>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</title>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'):
        pass
        yield '  <subtitle>'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))
        yield '</subtitle>\n'
    yield '  <id>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'))
    yield '</id>\n  <link href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'feed.xml', ))))
    yield '" rel="self" type="application/atom+xml"/>\n  <link href="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'))
    yield '" rel="alternate" type="text/html"/>\n  <updated>'
    yield escape((t_3((undefined(name='newest') if l_0_newest is missing else l_0_newest)) if (undefined(name='newest') if l_0_newest is missing else l_0_newest) else '1970-01-01T00:00:00Z'))
    yield '</updated>\n  <generator>mentorblog</generator>\n  <author><name>'
    yield escape((t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'authors'), ', ') or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '</name></author>\n'
    l_0_list_url = environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url')
    context.vars['list_url'] = l_0_list_url
    context.exported_vars.add('list_url')
    template = environment.get_template('partials/feed_about.xml', 'atom.xml')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'list_url': l_0_list_url, 'newest': l_0_newest}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'atom_entries'), (undefined(name='items') if l_0_items is missing else l_0_items), (undefined(name='newest') if l_0_newest is missing else l_0_newest)))
    yield '</feed>\n'

blocks = {}
debug_info = '2=33&3=35&4=39&5=41&6=43&7=46&9=49&10=51&11=53&12=55&14=57&15=59&16=68'

# Made by Jinja 3.1.6 from the theme's layouts/atom.xml with `python -m mentorblog.render.theme_code`; do not edit.
