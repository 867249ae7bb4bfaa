from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/header.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_output = resolve('output')
    l_0_label_text = l_0_label_icon = l_0_icon_height = l_0_menu_chars = l_0_fold = l_0_menu_items = missing
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    l_0_label_text = (context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'label.text') or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    context.vars['label_text'] = l_0_label_text
    context.exported_vars.add('label_text')
    l_0_label_icon = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'label.icon')
    context.vars['label_icon'] = l_0_label_icon
    context.exported_vars.add('label_icon')
    l_0_icon_height = t_1(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'label.iconHeight', 30))
    context.vars['icon_height'] = l_0_icon_height
    context.exported_vars.add('icon_height')
    l_0_menu_chars = t_4(environment, t_3(context, t_3(context, environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'menu'), attribute='name'), 'length'))
    context.vars['menu_chars'] = l_0_menu_chars
    context.exported_vars.add('menu_chars')
    l_0_fold = ((t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'menu')) > 1) and (((undefined(name='menu_chars') if l_0_menu_chars is missing else l_0_menu_chars) + (2 * t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'menu')))) > 33))
    context.vars['fold'] = l_0_fold
    context.exported_vars.add('fold')
    t_5 = []
    pass
    for l_2_item in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'menu'):
        _loop_vars = {}
        pass
        t_5.extend((
            '      <li><a href="',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(l_2_item, 'url'), _loop_vars=_loop_vars)),
            '"',
        ))
        if (environment.getattr(l_2_item, 'url') == environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')):
            pass
            t_5.append(
                ' aria-current="page"',
            )
        elif (((environment.getattr(l_2_item, 'url') != '/') and context.call(environment.getattr(environment.getattr(l_2_item, 'url'), 'endswith'), '/', _loop_vars=_loop_vars)) and context.call(environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url'), 'startswith'), environment.getattr(l_2_item, 'url'), _loop_vars=_loop_vars)):
            pass
            t_5.append(
                ' aria-current="true"',
            )
        t_5.extend((
            '>',
            escape(environment.getattr(l_2_item, 'name')),
            '</a></li>\n',
        ))
    l_2_item = missing
    l_0_menu_items = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
    context.vars['menu_items'] = l_0_menu_items
    context.exported_vars.add('menu_items')
    yield '<header class="site-header" id="top">\n  <nav class="nav'
    if (undefined(name='fold') if l_0_fold is missing else l_0_fold):
        pass
        yield ' nav-folds'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'languages'):
        pass
        yield ' nav-langs'
    yield '" aria-label="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'site_menu'))
    yield '">\n    <a class="site-title" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url')))
    yield '"'
    if ((environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'home') and (environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'number') == 1)):
        pass
        yield ' aria-current="page"'
    yield '>'
    if (undefined(name='label_icon') if l_0_label_icon is missing else l_0_label_icon):
        pass
        yield '<img src="'
        yield escape(((undefined(name='label_icon') if l_0_label_icon is missing else l_0_label_icon) if ('://' in (undefined(name='label_icon') if l_0_label_icon is missing else l_0_label_icon)) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), markup_join(('/', context.call(environment.getattr((undefined(name='label_icon') if l_0_label_icon is missing else l_0_label_icon), 'lstrip'), '/'), )))))
        yield '" alt="" height="'
        yield escape((undefined(name='icon_height') if l_0_icon_height is missing else l_0_icon_height))
        yield '" style="height: '
        yield escape((undefined(name='icon_height') if l_0_icon_height is missing else l_0_icon_height))
        yield 'px">'
    yield '<span>'
    yield escape((undefined(name='label_text') if l_0_label_text is missing else l_0_label_text))
    yield '</span></a>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'menu'):
        pass
        yield '    <ul class="menu">\n'
        yield escape((undefined(name='menu_items') if l_0_menu_items is missing else l_0_menu_items))
        yield '    </ul>\n'
        if (undefined(name='fold') if l_0_fold is missing else l_0_fold):
            pass
            yield '    <details class="menu-fold">\n      <summary><svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg><span>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'menu'))
            yield '</span></summary>\n      <ul>\n'
            yield escape((undefined(name='menu_items') if l_0_menu_items is missing else l_0_menu_items))
            yield '      </ul>\n    </details>\n'
    template = environment.get_template('partials/language_switch.html', 'partials/header.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'fold': l_0_fold, 'icon_height': l_0_icon_height, 'label_icon': l_0_label_icon, 'label_text': l_0_label_text, 'menu_chars': l_0_menu_chars, 'menu_items': l_0_menu_items}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (not context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'disableThemeToggle')):
        pass
        yield '    <button class="theme-toggle" type="button" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'dark_theme'))
        yield '" aria-pressed="false" title="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'switch_theme'))
        yield '" hidden>\n      <svg class="icon-moon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M20.5 14.2A8.5 8.5 0 1 1 9.8 3.5a6.8 6.8 0 0 0 10.7 10.7z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg>\n      <svg class="icon-sun" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="4.2"/><path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8"/></g></svg>\n    </button>\n'
    yield '  </nav>\n</header>\n'

blocks = {}
debug_info = '1=38&2=41&3=44&7=47&8=50&12=55&13=60&11=79&17=83&18=92&19=98&20=108&21=110&23=113&24=115&26=118&28=120&32=122&33=128&34=131'

# Made by Jinja 3.1.6 from the theme's layouts/partials/header.html with `python -m mentorblog.render.theme_code`; do not edit.
