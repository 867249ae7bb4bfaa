from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'taxonomy.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_list_title = resolve('list_title')
    l_0_output = resolve('output')
    l_0_taxonomy = resolve('taxonomy')
    l_0_list_url = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['newest']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'newest' found.")
    try:
        t_3 = environment.filters['rfc822']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rfc822' found.")
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/css" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/feed.css'))
    yield '"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'list_on', list=(undefined(name='list_title') if l_0_list_title is missing else l_0_list_title), title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '</title>\n    <link>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')[:-9]))
    yield '</link>\n    <description>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'list_on', list=(undefined(name='list_title') if l_0_list_title is missing else l_0_list_title), title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '</description>\n    <language>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '</language>\n    <generator>mentorblog</generator>\n    <atom:link href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')))
    yield '" rel="self" type="application/rss+xml"/>\n'
    l_0_list_url = environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')[:-9]
    context.vars['list_url'] = l_0_list_url
    context.exported_vars.add('list_url')
    template = environment.get_template('partials/feed_about.xml', 'taxonomy.xml')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'list_url': l_0_list_url}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'terms'):
        l_1_newest = missing
        _loop_vars = {}
        pass
        l_1_newest = t_2(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'pages'), environment.getattr(l_1_term, 'pages'), _loop_vars=_loop_vars))
        _loop_vars['newest'] = l_1_newest
        yield '    <item>\n      <title>'
        yield escape(environment.getattr(l_1_term, 'name'))
        yield '</title>\n      <link>'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr(l_1_term, 'url'), _loop_vars=_loop_vars))
        yield '</link>\n      <guid isPermaLink="true">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr(l_1_term, 'url'), _loop_vars=_loop_vars))
        yield '</guid>\n'
        if (undefined(name='newest') if l_1_newest is missing else l_1_newest):
            pass
            yield '      <pubDate>'
            yield escape(t_3((undefined(name='newest') if l_1_newest is missing else l_1_newest)))
            yield '</pubDate>\n'
        yield '      <description>'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'page_count', t_1(environment.getattr(l_1_term, 'pages')), _loop_vars=_loop_vars))
        yield '</description>\n    </item>\n'
    l_1_term = l_1_newest = missing
    yield '  </channel>\n</rss>\n'

blocks = {}
debug_info = '2=35&6=37&7=39&8=41&9=43&11=45&12=47&13=56&14=60&16=63&17=65&18=67&19=69&20=72&22=75'

# Made by Jinja 3.1.6 from the theme's layouts/taxonomy.xml with `python -m mentorblog.render.theme_code`; do not edit.
