from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_output = resolve('output')
    l_0_default_theme = missing
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_2 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    yield '<!DOCTYPE html>\n'
    l_0_default_theme = t_1(t_2(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'defaultTheme', 'auto')))
    context.vars['default_theme'] = l_0_default_theme
    context.exported_vars.add('default_theme')
    yield '<html lang="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '"'
    if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'languages') or (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'direction') == 'rtl')):
        pass
        yield ' dir="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'direction'))
        yield '"'
    if ((undefined(name='default_theme') if l_0_default_theme is missing else l_0_default_theme) in ('light', 'dark')):
        pass
        yield ' data-theme="'
        yield escape((undefined(name='default_theme') if l_0_default_theme is missing else l_0_default_theme))
        yield '"'
    yield '>\n<head>\n'
    template = environment.get_template('partials/head.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'default_theme': l_0_default_theme}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (undefined(name='page') if l_0_page is missing else l_0_page):
        pass
        for l_1_href in context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'own_assets'), 'css'):
            _loop_vars = {}
            pass
            yield '<link rel="stylesheet" href="'
            yield escape(l_1_href)
            yield '">'
        l_1_href = missing
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body class="kind-'
    yield escape(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind'))
    yield '">\n<a class="skip-link" href="#main">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'skip_to_content'))
    yield '</a>\n'
    template = environment.get_template('partials/header.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'default_theme': l_0_default_theme}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<main id="main" class="main" tabindex="-1">\n'
    yield from context.blocks['main'][0](context)
    yield '</main>\n'
    if ((not context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'disableScrollToTop')) and (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') != '404')):
        pass
        yield '<p class="to-top"><a href="#top">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'back_to_top'))
        yield ' <span aria-hidden="true">↑</span></a></p>\n'
    if (not (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'hideFooter') if (undefined(name='page') if l_0_page is missing else l_0_page) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'hideFooter'))):
        pass
        template = environment.get_template('partials/footer.html', 'base.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'default_theme': l_0_default_theme}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    if (undefined(name='page') if l_0_page is missing else l_0_page):
        pass
        for l_1_src in context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'own_assets'), 'js'):
            _loop_vars = {}
            pass
            yield '<script src="'
            yield escape(l_1_src)
            yield '"></script>\n'
        l_1_src = missing
    yield '<script src="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'js/site.js'))
    yield '" defer></script>\n'
    yield from context.blocks['scripts'][0](context)
    yield '</body>\n</html>\n'

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'head': block_head, 'main': block_main, 'scripts': block_scripts}
debug_info = '2=28&3=32&5=45&6=51&8=62&9=64&10=66&12=73&14=75&15=78&17=80&18=82&20=88&21=98&22=100&6=103&12=112&22=121'

# Made by Jinja 3.1.6 from the theme's layouts/base.html with `python -m mentorblog.render.theme_code`; do not edit.
