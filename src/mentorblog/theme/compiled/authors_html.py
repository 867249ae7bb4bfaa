from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'authors.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'authors.html')
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
    pass
    yield '<header class="list-header">\n  <h1 class="list-title">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'taxonomy_authors', _block_vars=_block_vars))
    yield '</h1>\n</header>\n<ul class="author-list">\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'terms'):
        l_1_profile = missing
        _loop_vars = {}
        pass
        l_1_profile = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'profile'), environment.getattr(l_1_term, 'name'), _loop_vars=_loop_vars)
        _loop_vars['profile'] = l_1_profile
        yield '  <li>\n    <a href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(l_1_term, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_term, 'name'))
        yield '</a>'
        if ((undefined(name='profile') if l_1_profile is missing else l_1_profile) and environment.getattr((undefined(name='profile') if l_1_profile is missing else l_1_profile), 'role')):
            pass
            yield ' <span class="role role-'
            yield escape(environment.getattr((undefined(name='profile') if l_1_profile is missing else l_1_profile), 'role'))
            yield '">'
            yield escape(t_1(environment.getattr((undefined(name='profile') if l_1_profile is missing else l_1_profile), 'role')))
            yield '</span>'
        yield '    <span class="list-count">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'post_count', t_2(environment.getattr(l_1_term, 'pages')), _loop_vars=_loop_vars))
        yield '</span>\n  </li>\n'
    l_1_term = l_1_profile = missing
    yield '</ul>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&5=53&8=55&9=59&11=62&12=74'

# Made by Jinja 3.1.6 from the theme's layouts/authors.html with `python -m mentorblog.render.theme_code`; do not edit.
