from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'home.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'home.html')
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
    l_0_pager = resolve('pager')
    l_0_site = resolve('site')
    try:
        t_1 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    if ((environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') == 1) and t_1(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.enabled', _block_vars=_block_vars), True)):
        pass
        template = environment.get_template('partials/profile.html', 'home.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    else:
        pass
        if (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') == 1):
            pass
            template = environment.get_template('partials/home_info.html', 'home.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'featured'):
                pass
                yield '<section class="featured" aria-labelledby="featured-title">\n  <h2 id="featured-title">'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'featured', _block_vars=_block_vars))
                yield '</h2>\n  <ul>'
                for l_1_f in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'featured'):
                    _loop_vars = {}
                    pass
                    yield '<li><a href="'
                    yield escape(environment.getattr(l_1_f, 'href'))
                    yield '">'
                    yield escape(environment.getattr(l_1_f, 'title'))
                    yield '</a></li>'
                l_1_f = missing
                yield '</ul>\n</section>\n'
        else:
            pass
            yield '<h1 class="list-title">'
            yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
            yield ' <span class="page-count">– '
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'page_number', number=environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number'), _block_vars=_block_vars))
            yield '</span></h1>\n'
        template = environment.get_template('partials/list.html', 'home.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=30&4=46&5=48&7=56&8=58&9=64&11=67&12=69&16=82&18=86'

# Made by Jinja 3.1.6 from the theme's layouts/home.html with `python -m mentorblog.render.theme_code`; do not edit.
