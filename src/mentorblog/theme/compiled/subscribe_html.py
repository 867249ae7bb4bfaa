from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'subscribe.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_site = resolve('site')
    l_0_list_title = l_0_feeds = l_0_breakable = l_0_feed_row = l_0_term_feeds = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    parent_template = environment.get_template('base.html', 'subscribe.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_list_title = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'subscribe')
    context.vars['list_title'] = l_0_list_title
    context.exported_vars.add('list_title')
    l_0_feeds = environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds')
    context.vars['feeds'] = l_0_feeds
    context.exported_vars.add('feeds')
    def macro(l_1_address):
        t_3 = []
        if l_1_address is missing:
            l_1_address = undefined("parameter 'address' was not provided", name='address')
        pass
        l_2_loop = missing
        for l_2_part, l_2_loop in LoopContext(context.call(environment.getattr(l_1_address, 'split'), '/'), undefined):
            _loop_vars = {}
            pass
            t_3.append(
                escape(l_2_part),
            )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_3.append(
                    '/<wbr>',
                )
        l_2_loop = l_2_part = missing
        return concat(t_3)
    context.exported_vars.add('breakable')
    context.vars['breakable'] = l_0_breakable = Macro(environment, macro, 'breakable', ('address',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_name, l_1_url, l_1_kind):
        t_4 = []
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_url is missing:
            l_1_url = undefined("parameter 'url' was not provided", name='url')
        if l_1_kind is missing:
            l_1_kind = ''
        pass
        t_4.extend((
            '<li><a href="',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), l_1_url)),
            '">',
            escape(l_1_name),
            '</a>',
        ))
        if l_1_kind:
            pass
            t_4.extend((
                ' <span class="feed-kind">',
                escape(l_1_kind),
                '</span>',
            ))
        t_4.extend((
            '<br><code>',
            escape(context.call((undefined(name='breakable') if l_0_breakable is missing else l_0_breakable), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), l_1_url))),
            '</code></li>\n',
        ))
        return concat(t_4)
    context.exported_vars.add('feed_row')
    context.vars['feed_row'] = l_0_feed_row = Macro(environment, macro, 'feed_row', ('name', 'url', 'kind'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_taxonomy_name, l_1_heading, l_1_intro):
        t_5 = []
        l_1_found = missing
        if l_1_taxonomy_name is missing:
            l_1_taxonomy_name = undefined("parameter 'taxonomy_name' was not provided", name='taxonomy_name')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_intro is missing:
            l_1_intro = undefined("parameter 'intro' was not provided", name='intro')
        pass
        l_1_found = t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'taxonomies'), 'name', 'equalto', l_1_taxonomy_name))
        if (((undefined(name='found') if l_1_found is missing else l_1_found) and environment.getattr(environment.getitem((undefined(name='found') if l_1_found is missing else l_1_found), 0), 'terms')) and environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'rss')):
            pass
            t_5.extend((
                '<section aria-labelledby="feeds-',
                escape(l_1_taxonomy_name),
                '">\n  <h2 id="feeds-',
                escape(l_1_taxonomy_name),
                '">',
                escape(l_1_heading),
                '</h2>\n  <p>',
                escape(l_1_intro),
                '</p>\n  <ul class="feed-list">\n',
            ))
            for l_2_term in environment.getattr(environment.getitem((undefined(name='found') if l_1_found is missing else l_1_found), 0), 'terms'):
                _loop_vars = {}
                pass
                t_5.append(
                    escape(context.call((undefined(name='feed_row') if l_0_feed_row is missing else l_0_feed_row), environment.getattr(l_2_term, 'name'), markup_join((environment.getattr(l_2_term, 'url'), 'index.xml', )), 'RSS', _loop_vars=_loop_vars)),
                )
            l_2_term = missing
            t_5.append(
                '  </ul>\n</section>\n',
            )
        return concat(t_5)
    context.exported_vars.add('term_feeds')
    context.vars['term_feeds'] = l_0_term_feeds = Macro(environment, macro, 'term_feeds', ('taxonomy_name', 'heading', 'intro'), False, False, False, context.eval_ctx.autoescape)
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
    l_0_site = resolve('site')
    l_0_feeds = resolve('feeds')
    l_0_feed_row = resolve('feed_row')
    l_0_term_feeds = resolve('term_feeds')
    l_0_tag = resolve('tag')
    l_0_file = resolve('file')
    l_0_tags = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<header class="list-header">\n  <h1 class="list-title">'
    yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
    yield '</h1>\n  <p class="list-intro">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'subscribe_intro', title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), _block_vars=_block_vars))
    yield '</p>\n</header>\n<section aria-labelledby="feeds-all">\n  <h2 id="feeds-all">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'every_post', _block_vars=_block_vars))
    yield '</h2>\n  <p>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'feed_formats', _block_vars=_block_vars))
    yield '</p>\n  <ul class="feed-list">\n'
    if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'rss'):
        pass
        yield escape(context.call((undefined(name='feed_row') if l_0_feed_row is missing else l_0_feed_row), 'RSS', markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'index.xml', )), _block_vars=_block_vars))
    if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'atom'):
        pass
        yield escape(context.call((undefined(name='feed_row') if l_0_feed_row is missing else l_0_feed_row), 'Atom', markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'feed.xml', )), _block_vars=_block_vars))
    if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'json'):
        pass
        yield escape(context.call((undefined(name='feed_row') if l_0_feed_row is missing else l_0_feed_row), 'JSON Feed', markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'feed.json', )), _block_vars=_block_vars))
    yield '  </ul>\n</section>\n'
    yield escape(context.call((undefined(name='term_feeds') if l_0_term_feeds is missing else l_0_term_feeds), 'series', context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'journeys', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'journey_feeds', _block_vars=_block_vars), _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call((undefined(name='term_feeds') if l_0_term_feeds is missing else l_0_term_feeds), 'authors', context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'authors', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'author_feeds', _block_vars=_block_vars), _block_vars=_block_vars))
    yield '\n'
    l_0_tags = t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'taxonomies'), 'name', 'equalto', 'tags'))
    _block_vars['tags'] = l_0_tags
    if (((undefined(name='tags') if l_0_tags is missing else l_0_tags) and environment.getattr(environment.getitem((undefined(name='tags') if l_0_tags is missing else l_0_tags), 0), 'terms')) and environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'rss')):
        pass
        t_6 = []
        pass
        t_6.extend((
            '<a href="',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(environment.getitem((undefined(name='tags') if l_0_tags is missing else l_0_tags), 0), 'url'))),
            '">',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'tag_word')),
            '</a>',
        ))
        l_0_tag = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
        _block_vars['tag'] = l_0_tag
        t_7 = []
        pass
        t_7.append(
            '<code>index.xml</code>',
        )
        l_0_file = (Markup if context.eval_ctx.autoescape else identity)(concat(t_7))
        _block_vars['file'] = l_0_file
        yield '<p>'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'tag_feeds', tag=(undefined(name='tag') if l_0_tag is missing else l_0_tag), file=(undefined(name='file') if l_0_file is missing else l_0_file), _block_vars=_block_vars))
        yield '</p>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=26&4=29&5=32&7=35&8=56&9=67&11=87&12=97&13=98&14=102&15=104&16=108&18=111&23=126&24=139&26=168&27=170&30=172&31=174&33=176&34=179&35=182&38=186&39=188&40=190&41=192&42=198&43=213'

# Made by Jinja 3.1.6 from the theme's layouts/subscribe.html with `python -m mentorblog.render.theme_code`; do not edit.
