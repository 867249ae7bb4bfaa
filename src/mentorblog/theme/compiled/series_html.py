from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'series.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'series.html')
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
    l_0_journey = resolve('journey')
    l_0_site = resolve('site')
    l_0_taxonomy = resolve('taxonomy')
    l_0_feed_url = resolve('feed_url')
    l_0_feed_title = resolve('feed_title')
    l_0_start = resolve('start')
    l_0_end = resolve('end')
    l_0_count = l_0_trail = missing
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
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['title']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'title' found.")
    pass
    l_0_count = t_3(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'parts'))
    _block_vars['count'] = l_0_count
    yield '<header class="list-header">\n'
    l_0_trail = [(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), markup_join(('taxonomy_', environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'name'), )), default=t_4(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'name')), _block_vars=_block_vars), environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'url'))]
    _block_vars['trail'] = l_0_trail
    template = environment.get_template('partials/breadcrumbs.html', 'series.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'count': l_0_count, 'end': l_0_end, 'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url, 'start': l_0_start, 'trail': l_0_trail}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '  <p class="list-kicker">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'journey', _block_vars=_block_vars))
    yield '</p>\n  <h1 class="list-title">'
    yield escape(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'name'))
    if context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'ShowRssButtonInSectionTermList', _block_vars=_block_vars):
        pass
        yield ' '
        l_0_feed_url = markup_join((environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'url'), 'index.xml', ))
        _block_vars['feed_url'] = l_0_feed_url
        l_0_feed_title = environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'name')
        _block_vars['feed_title'] = l_0_feed_title
        template = environment.get_template('partials/rss_button.html', 'series.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'count': l_0_count, 'end': l_0_end, 'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url, 'start': l_0_start, 'trail': l_0_trail}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</h1>\n  <p class="journey-progress">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'part_count', (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
    if environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'first'):
        pass
        t_5 = []
        pass
        t_5.extend((
            '<time datetime="',
            escape(t_2(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'first'))),
            '">',
            escape(t_1(context, environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'first'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format'))),
            '</time>',
        ))
        l_0_start = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
        _block_vars['start'] = l_0_start
        yield ' ·&nbsp;'
        if (environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'latest') != environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'first')):
            pass
            t_6 = []
            pass
            t_6.extend((
                '<time datetime="',
                escape(t_2(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'latest'))),
                '">',
                escape(t_1(context, environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'latest'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format'))),
                '</time>',
            ))
            l_0_end = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
            _block_vars['end'] = l_0_end
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'date_range', start=(undefined(name='start') if l_0_start is missing else l_0_start), end=(undefined(name='end') if l_0_end is missing else l_0_end), _block_vars=_block_vars))
        else:
            pass
            yield escape((undefined(name='start') if l_0_start is missing else l_0_start))
    if environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'minutes'):
        pass
        yield ' ·&nbsp;'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'reading_in_all', environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'minutes'), _block_vars=_block_vars))
    yield '</p>\n</header>\n<ol class="journey">\n'
    l_1_loop = missing
    for l_1_entry, l_1_loop in LoopContext(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'parts'), undefined):
        _loop_vars = {}
        pass
        yield '  <li class="journey-part">\n    <p class="journey-step">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'part_of', part=environment.getattr(l_1_loop, 'index'), total=(undefined(name='count') if l_0_count is missing else l_0_count), _loop_vars=_loop_vars))
        yield '</p>\n'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'entry'), l_1_entry, _loop_vars=_loop_vars))
        yield '</li>\n'
    l_1_loop = l_1_entry = missing
    yield '</ol>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&4=70&6=73&7=82&8=84&9=85&10=99&11=100&12=131&15=137&17=141&18=143'

# Made by Jinja 3.1.6 from the theme's layouts/series.html with `python -m mentorblog.render.theme_code`; do not edit.
