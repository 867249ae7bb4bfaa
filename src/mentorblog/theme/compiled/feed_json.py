from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'feed.json'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_list_title = resolve('list_title')
    l_0_site = resolve('site')
    l_0_output = resolve('output')
    l_0_namespace = resolve('namespace')
    l_0__ = resolve('_')
    l_0_items = resolve('items')
    l_0_feed_title = l_0_feed = l_0_ns = missing
    try:
        t_1 = environment.filters['jsonld_items']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'jsonld_items' found.")
    try:
        t_2 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    l_0_feed_title = (context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'list_on', list=(undefined(name='list_title') if l_0_list_title is missing else l_0_list_title), title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')) if (undefined(name='list_title') if l_0_list_title is missing else l_0_list_title) else environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    context.vars['feed_title'] = l_0_feed_title
    context.exported_vars.add('feed_title')
    l_0_feed = {'version': 'https://jsonfeed.org/version/1.1', 'title': (undefined(name='feed_title') if l_0_feed_title is missing else l_0_feed_title), 'home_page_url': context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')[:-9]), 'feed_url': context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')), 'description': (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description') or context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'recent_posts_on', title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))), 'language': environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language')}
    context.vars['feed'] = l_0_feed
    context.exported_vars.add('feed')
    l_0_ns = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), authors=[])
    context.vars['ns'] = l_0_ns
    context.exported_vars.add('ns')
    for l_1_name in environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'authors'):
        _loop_vars = {}
        pass
        if not isinstance(l_0_ns, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_ns['authors'] = (environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'authors') + [{'name': t_2(l_1_name)}])
    l_1_name = missing
    if environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'authors'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='feed') if l_0_feed is missing else l_0_feed), 'update'), {'authors': environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'authors')})
        context.vars['_'] = l_0__
    yield str(t_1((undefined(name='feed') if l_0_feed is missing else l_0_feed), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'joined_fragments'), 'partials/jsonfeed_item.json', (undefined(name='items') if l_0_items is missing else l_0_items), ', ', True)))
    yield '\n'

blocks = {}
debug_info = '4=30&5=33&13=36&14=39&15=44&17=46&20=50'

# Made by Jinja 3.1.6 from the theme's layouts/feed.json with `python -m mentorblog.render.theme_code`; do not edit.
