from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/feed_about.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_output = resolve('output')
    l_0_list_url = resolve('list_url')
    pass
    yield '    <h:div xmlns:h="http://www.w3.org/1999/xhtml" class="feed-about">\n      <h:p><h:strong>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'feed_is'))
    yield '</h:strong> '
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'feed_explain', title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '</h:p>\n      <h:p>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'feed_copy'))
    yield ' <h:code>'
    l_1_loop = missing
    for l_1_part, l_1_loop in LoopContext(context.call(environment.getattr(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')), 'split'), '/'), undefined):
        _loop_vars = {}
        pass
        yield escape(l_1_part)
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '/<h:wbr/>'
    l_1_loop = l_1_part = missing
    yield '</h:code></h:p>\n      <h:p class="feed-links"><h:a href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), (undefined(name='list_url') if l_0_list_url is missing else l_0_list_url)))
    yield '">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'feed_read_here'))
    yield '</h:a> <h:a href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rel'), '/subscribe/'))
    yield '">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'feed_more_ways'))
    yield '</h:a></h:p>\n    </h:div>\n'

blocks = {}
debug_info = '4=15&5=19&6=31'

# Made by Jinja 3.1.6 from the theme's layouts/partials/feed_about.xml with `python -m mentorblog.render.theme_code`; do not edit.
