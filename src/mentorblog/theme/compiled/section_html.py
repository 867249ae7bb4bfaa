from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'section.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'section.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    yield '<link rel="stylesheet" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/lists.css', _block_vars=_block_vars))
    yield '">'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_list_title = resolve('list_title')
    l_0_pager = resolve('pager')
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_feed_url = resolve('feed_url')
    l_0_feed_title = resolve('feed_title')
    pass
    yield '<header class="list-header">\n'
    template = environment.get_template('partials/breadcrumbs.html', 'section.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '  <h1 class="list-title">'
    yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
    if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') > 1):
        pass
        yield ' <span class="page-count">– '
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'page_number', number=environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number'), _block_vars=_block_vars))
        yield '</span>'
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowRssButtonInSectionTermList', _block_vars=_block_vars) if (undefined(name='page') if l_0_page is missing else l_0_page) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'ShowRssButtonInSectionTermList', _block_vars=_block_vars)):
        pass
        yield ' '
        l_0_feed_url = markup_join((environment.getitem(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'urls'), 0), 'index.xml', ))
        _block_vars['feed_url'] = l_0_feed_url
        l_0_feed_title = (undefined(name='list_title') if l_0_list_title is missing else l_0_list_title)
        _block_vars['feed_title'] = l_0_feed_title
        template = environment.get_template('partials/rss_button.html', 'section.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</h1>\n'
    if (((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content')) and (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') == 1)):
        pass
        yield '<div class="list-intro">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
        yield '</div>'
    yield '</header>\n'
    template = environment.get_template('partials/list.html', 'section.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&5=45&6=52&7=58&8=72&10=78'

# Made by Jinja 3.1.6 from the theme's layouts/section.html with `python -m mentorblog.render.theme_code`; do not edit.
