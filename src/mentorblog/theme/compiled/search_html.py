from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'search.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'search.html')
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
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/search.css', _block_vars=_block_vars))
    yield '">\n<noscript><style>.search { display:none; }</style></noscript>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_arrows = l_0_enter = l_0_esc = l_0_tag_index = l_0_archives = l_0_tags = missing
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<h1 class="list-title">'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'):
        pass
        yield '<div class="list-intro">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
        yield '</div>'
    yield '<form id="search-form" class="search" role="search" action="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url'), _block_vars=_block_vars))
    yield '">\n  <label for="search-input">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'search_posts', _block_vars=_block_vars))
    yield '</label>\n  <input id="search-input" name="q" type="search" placeholder="'
    yield escape(context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'placeholder', context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'search_placeholder', _block_vars=_block_vars), _block_vars=_block_vars))
    yield '" autocomplete="off" spellcheck="false" aria-describedby="search-help" aria-controls="search-results">\n'
    t_4 = []
    pass
    t_4.append(
        '<kbd>↓</kbd> <kbd>↑</kbd>',
    )
    l_0_arrows = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    _block_vars['arrows'] = l_0_arrows
    t_5 = []
    pass
    t_5.append(
        '<kbd>Enter</kbd>',
    )
    l_0_enter = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
    _block_vars['enter'] = l_0_enter
    t_6 = []
    pass
    t_6.append(
        '<kbd>Esc</kbd>',
    )
    l_0_esc = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
    _block_vars['esc'] = l_0_esc
    yield '  <p id="search-help" class="search-help">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'search_help', arrows=(undefined(name='arrows') if l_0_arrows is missing else l_0_arrows), enter=(undefined(name='enter') if l_0_enter is missing else l_0_enter), esc=(undefined(name='esc') if l_0_esc is missing else l_0_esc), _block_vars=_block_vars))
    yield '</p>\n</form>\n<p id="search-status" class="search-status" role="status"></p>\n<ul id="search-results" class="search-results" aria-live="polite" aria-label="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'search_results_label', _block_vars=_block_vars))
    yield '"></ul>\n<button id="search-more" class="search-more" type="button" hidden>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'show_more', _block_vars=_block_vars))
    yield '</button>\n'
    l_0_tag_index = t_1(t_2(environment, t_3(context, environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'taxonomies'), 'singular', 'equalto', 'tag')), None)
    _block_vars['tag_index'] = l_0_tag_index
    t_7 = []
    pass
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'archives_url'):
        pass
        t_7.extend((
            '<a href="',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'archives_url'))),
            '">',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'archives_word')),
            '</a>',
        ))
    else:
        pass
        t_7.append(
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'archives_word')),
        )
    l_0_archives = (Markup if context.eval_ctx.autoescape else identity)(concat(t_7))
    _block_vars['archives'] = l_0_archives
    t_8 = []
    pass
    if (undefined(name='tag_index') if l_0_tag_index is missing else l_0_tag_index):
        pass
        t_8.extend((
            '<a href="',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='tag_index') if l_0_tag_index is missing else l_0_tag_index), 'url'))),
            '">',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'tags_word')),
            '</a>',
        ))
    else:
        pass
        t_8.append(
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'tags_word')),
        )
    l_0_tags = (Markup if context.eval_ctx.autoescape else identity)(concat(t_8))
    _block_vars['tags'] = l_0_tags
    yield '<noscript><p class="search-noscript">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'search_noscript', archives=(undefined(name='archives') if l_0_archives is missing else l_0_archives), tags=(undefined(name='tags') if l_0_tags is missing else l_0_tags), _block_vars=_block_vars))
    yield '</p></noscript>\n'

def block_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    try:
        t_9 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield '<script src="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'js/search.js', _block_vars=_block_vars))
    yield '" data-index="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rel'), '/search-index/', _block_vars=_block_vars))
    yield '" data-base="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), _block_vars=_block_vars))
    yield '"'
    if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang') and (not context.call(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang'), 'startswith'), 'en', _block_vars=_block_vars))):
        pass
        yield " data-words='"
        yield escape(t_9(context.eval_ctx, context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'search_words'), _block_vars=_block_vars)))
        yield "'"
    yield ' defer></script>'

blocks = {'head': block_head, 'main': block_main, 'scripts': block_scripts}
debug_info = '1=12&4=17&5=27&9=30&10=60&11=62&12=68&13=70&14=72&15=79&16=96&19=98&20=100&21=102&22=141&24=144'

# Made by Jinja 3.1.6 from the theme's layouts/search.html with `python -m mentorblog.render.theme_code`; do not edit.
