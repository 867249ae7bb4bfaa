from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rss.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_list_title = resolve('list_title')
    l_0_items = resolve('items')
    l_0_output = resolve('output')
    l_0_feed_title = l_0_newest = l_0_list_url = missing
    try:
        t_1 = environment.filters['newest']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'newest' found.")
    try:
        t_2 = environment.filters['rfc822']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rfc822' found.")
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/css" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/feed.css'))
    yield '"?>\n'
    l_0_feed_title = (context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'list_on', list=(undefined(name='list_title') if l_0_list_title is missing else l_0_list_title), title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')) if (undefined(name='list_title') if l_0_list_title is missing else l_0_list_title) else environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    context.vars['feed_title'] = l_0_feed_title
    context.exported_vars.add('feed_title')
    l_0_newest = t_1((undefined(name='items') if l_0_items is missing else l_0_items))
    context.vars['newest'] = l_0_newest
    context.exported_vars.add('newest')
    yield '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n    <title>'
    yield escape((undefined(name='feed_title') if l_0_feed_title is missing else l_0_feed_title))
    yield '</title>\n    <link>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')[:-9]))
    yield '</link>\n    <description>'
    yield escape((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description') or context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'recent_posts_on', title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))))
    yield '</description>\n    <language>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '</language>\n    <generator>mentorblog</generator>\n'
    if environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'copyright'):
        pass
        yield '    <copyright>'
        yield escape(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'copyright'))
        yield '</copyright>\n'
    if (undefined(name='newest') if l_0_newest is missing else l_0_newest):
        pass
        yield '    <lastBuildDate>'
        yield escape(t_2((undefined(name='newest') if l_0_newest is missing else l_0_newest)))
        yield '</lastBuildDate>\n'
    yield '    <atom:link href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')))
    yield '" rel="self" type="application/rss+xml"/>\n'
    l_0_list_url = environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')[:-9]
    context.vars['list_url'] = l_0_list_url
    context.exported_vars.add('list_url')
    template = environment.get_template('partials/feed_about.xml', 'rss.xml')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'list_url': l_0_list_url, 'newest': l_0_newest}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'feed_items'), (undefined(name='items') if l_0_items is missing else l_0_items)))
    yield '  </channel>\n</rss>\n'

blocks = {}
debug_info = '2=29&3=31&4=34&7=38&8=40&9=42&10=44&12=46&13=49&15=51&16=54&18=57&19=59&20=68'

# Made by Jinja 3.1.6 from the theme's layouts/rss.xml with `python -m mentorblog.render.theme_code`; do not edit.
