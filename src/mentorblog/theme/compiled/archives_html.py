from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'archives.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'archives.html')
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
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_feed_url = resolve('feed_url')
    l_0_feed_title = resolve('feed_title')
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['digits']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'digits' found.")
    try:
        t_3 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_6 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    try:
        t_7 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    yield '<header class="list-header">\n  <h1 class="list-title">'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
    if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowRssButtonInSectionTermList', _block_vars=_block_vars):
        pass
        yield ' '
        l_0_feed_url = markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'index.xml', ))
        _block_vars['feed_url'] = l_0_feed_url
        l_0_feed_title = environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')
        _block_vars['feed_title'] = l_0_feed_title
        template = environment.get_template('partials/rss_button.html', 'archives.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</h1>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'):
        pass
        yield '<div class="list-intro">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
        yield '</div>'
    yield '</header>\n'
    for (l_1_year, l_1_months) in context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'archive'), t_7(context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowAllPagesInArchive', _block_vars=_block_vars), True), _block_vars=_block_vars):
        l_1_n = missing
        _loop_vars = {}
        pass
        yield '<section class="archive-year" aria-labelledby="y'
        yield escape(l_1_year)
        yield '">\n  <h2 id="y'
        yield escape(l_1_year)
        yield '">'
        yield escape(t_2(context, l_1_year))
        yield ' '
        l_1_n = t_4(t_6(environment, l_1_months, attribute='1', start=[]))
        _loop_vars['n'] = l_1_n
        yield '<sup aria-hidden="true">'
        yield escape(t_5(context, (undefined(name='n') if l_1_n is missing else l_1_n)))
        yield '</sup><span class="visually-hidden"> '
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'post_count', (undefined(name='n') if l_1_n is missing else l_1_n), _loop_vars=_loop_vars))
        yield '</span></h2>\n'
        for (l_2_month, l_2_posts) in l_1_months:
            _loop_vars = {}
            pass
            yield '  <div class="archive-month">\n    <h3>'
            yield escape(l_2_month)
            yield ' <sup aria-hidden="true">'
            yield escape(t_5(context, t_4(l_2_posts)))
            yield '</sup><span class="visually-hidden"> '
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'post_count', t_4(l_2_posts), _loop_vars=_loop_vars))
            yield '</span></h3>\n    <ul class="archive-posts">\n'
            for l_3_entry in l_2_posts:
                _loop_vars = {}
                pass
                yield '      <li><span><a href="'
                yield escape(environment.getattr(l_3_entry, 'href'))
                yield '">'
                yield escape(environment.getattr(l_3_entry, 'title'))
                yield '</a>'
                if environment.getattr(l_3_entry, 'is_draft'):
                    pass
                    yield ' <span class="badge">'
                    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'draft', _loop_vars=_loop_vars))
                    yield '</span>'
                yield '</span> <time datetime="'
                yield escape(t_3(environment.getattr(l_3_entry, 'date')))
                yield '">'
                yield escape(t_1(context, environment.getattr(l_3_entry, 'date'), '%b %-d'))
                yield '</time></li>\n'
            l_3_entry = missing
            yield '    </ul>\n  </div>\n'
        l_2_month = l_2_posts = missing
        yield '</section>\n'
    l_1_year = l_1_months = l_1_n = missing

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&5=85&6=86&7=100&9=106&10=111&11=113&12=124&14=128&16=134&17=138'

# Made by Jinja 3.1.6 from the theme's layouts/archives.html with `python -m mentorblog.render.theme_code`; do not edit.
