from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'author.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'author.html')
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
    l_0_site = resolve('site')
    l_0_taxonomy = resolve('taxonomy')
    l_0_profile = resolve('profile')
    l_0_list_title = resolve('list_title')
    l_0_pager = resolve('pager')
    l_0_term = resolve('term')
    l_0_trail = l_0_feed_url = l_0_feed_title = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['markdownify']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'markdownify' found.")
    pass
    yield '<header class="list-header author-header">\n'
    l_0_trail = [(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'taxonomy_authors', _block_vars=_block_vars), environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'url'))]
    _block_vars['trail'] = l_0_trail
    template = environment.get_template('partials/breadcrumbs.html', 'author.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url, 'trail': l_0_trail}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if ((undefined(name='profile') if l_0_profile is missing else l_0_profile) and environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'image')):
        pass
        yield '<div class="author-photo">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'picture'), environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'image'), sizes='64px', eager=True, _block_vars=_block_vars))
        yield '</div>'
    yield '  <h1 class="list-title">'
    yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
    if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') > 1):
        pass
        yield ' <span class="page-count">– '
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'page_number', number=environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number'), _block_vars=_block_vars))
        yield '</span>'
    if ((undefined(name='profile') if l_0_profile is missing else l_0_profile) and environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'role')):
        pass
        yield ' <span class="role role-'
        yield escape(environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'role'))
        yield '">'
        yield escape(t_1(environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'role')))
        yield '</span>'
    l_0_feed_url = markup_join((environment.getitem(environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'urls'), 0), 'index.xml', ))
    _block_vars['feed_url'] = l_0_feed_url
    l_0_feed_title = (undefined(name='list_title') if l_0_list_title is missing else l_0_list_title)
    _block_vars['feed_title'] = l_0_feed_title
    yield ' '
    template = environment.get_template('partials/rss_button.html', 'author.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url, 'trail': l_0_trail}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</h1>\n'
    if ((undefined(name='profile') if l_0_profile is missing else l_0_profile) and environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'bio')):
        pass
        yield '<div class="author-bio">'
        yield escape(t_3(context, environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'bio')))
        yield '</div>'
    if (undefined(name='profile') if l_0_profile is missing else l_0_profile):
        pass
        template = environment.get_template('partials/author_links.html', 'author.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url, 'trail': l_0_trail}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '  <p class="list-count">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'post_count', t_2(environment.getattr((undefined(name='term') if l_0_term is missing else l_0_term), 'pages')), _block_vars=_block_vars))
    yield '</p>\n</header>\n'
    template = environment.get_template('partials/list.html', 'author.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_title': l_0_feed_title, 'feed_url': l_0_feed_url, 'trail': l_0_trail}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&5=64&6=72&7=78&8=84&9=91&10=103&11=108&12=117&14=119'

# Made by Jinja 3.1.6 from the theme's layouts/author.html with `python -m mentorblog.render.theme_code`; do not edit.
