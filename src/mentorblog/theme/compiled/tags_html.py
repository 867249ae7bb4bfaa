from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tags.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'tags.html')
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
    l_0_page = resolve('page')
    l_0_taxonomy = resolve('taxonomy')
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    yield '<header class="list-header">\n  <h1 class="list-title">'
    yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
    yield '</h1>\n'
    if ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content')):
        pass
        yield '<div class="list-intro">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
        yield '</div>'
    yield '</header>\n'
    if environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'terms'):
        pass
        yield '<ul class="terms">\n'
        for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'terms'):
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(l_1_term, 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_term, 'name'))
            yield ' <sup aria-hidden="true">'
            yield escape(t_2(context, t_1(environment.getattr(l_1_term, 'pages'))))
            yield '</sup><span class="visually-hidden"> '
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'post_count', t_1(environment.getattr(l_1_term, 'pages')), _loop_vars=_loop_vars))
            yield '</span></a></li>\n'
        l_1_term = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p class="empty">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'nothing_yet', _block_vars=_block_vars))
        yield '</p>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&5=55&6=57&8=63&10=66&11=70&15=83'

# Made by Jinja 3.1.6 from the theme's layouts/tags.html with `python -m mentorblog.render.theme_code`; do not edit.
