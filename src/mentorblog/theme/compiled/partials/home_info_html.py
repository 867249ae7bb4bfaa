from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/home_info.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_info_title = l_0_info_content = missing
    try:
        t_1 = environment.filters['markdownify']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'markdownify' found.")
    pass
    l_0_info_title = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'homeInfoParams.Title')
    context.vars['info_title'] = l_0_info_title
    context.exported_vars.add('info_title')
    l_0_info_content = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'homeInfoParams.Content')
    context.vars['info_content'] = l_0_info_content
    context.exported_vars.add('info_content')
    yield '<section class="home-info">\n'
    if ((undefined(name='info_title') if l_0_info_title is missing else l_0_info_title) or (undefined(name='info_content') if l_0_info_content is missing else l_0_info_content)):
        pass
        yield '  <h1>'
        yield escape(((undefined(name='info_title') if l_0_info_title is missing else l_0_info_title) or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
        yield '</h1>\n'
        if (undefined(name='info_content') if l_0_info_content is missing else l_0_info_content):
            pass
            yield '<div class="home-info-content">'
            yield escape(t_1(context, (undefined(name='info_content') if l_0_info_content is missing else l_0_info_content)))
            yield '</div>'
        if ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content')):
            pass
            yield '<div class="home-info-content">'
            yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
            yield '</div>'
    elif ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content')):
        pass
        yield '  <h1'
        if ((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')) == environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')):
            pass
            yield ' class="visually-hidden"'
        yield '>'
        yield escape((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
        yield '</h1>\n  <div class="home-info-content">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
        yield '</div>\n'
    else:
        pass
        yield '  <h1'
        if ((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') if (undefined(name='page') if l_0_page is missing else l_0_page) else '') in ('', environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))):
            pass
            yield ' class="visually-hidden"'
        yield '>'
        yield escape(((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') if (undefined(name='page') if l_0_page is missing else l_0_page) else '') or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
        yield '</h1>\n'
        if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'):
            pass
            yield '<p class="home-lead">'
            yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))
            yield '</p>'
    template = environment.get_template('partials/social_icons.html', 'partials/home_info.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'info_content': l_0_info_content, 'info_title': l_0_info_title}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</section>\n'

blocks = {}
debug_info = '5=20&6=23&8=27&9=30&10=32&11=37&12=42&13=45&14=51&18=56&19=62&21=67'

# Made by Jinja 3.1.6 from the theme's layouts/partials/home_info.html with `python -m mentorblog.render.theme_code`; do not edit.
