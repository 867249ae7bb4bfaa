from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/author_box.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['markdownify']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'markdownify' found.")
    pass
    for l_1_profile in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'profiles'):
        l_1_site = resolve('site')
        l_1_author_url = missing
        _loop_vars = {}
        pass
        yield '<aside class="author-box" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'about_person', name=environment.getattr(l_1_profile, 'name'), _loop_vars=_loop_vars))
        yield '">\n'
        if environment.getattr(l_1_profile, 'image'):
            pass
            yield '<div class="author-photo">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'picture'), environment.getattr(l_1_profile, 'image'), sizes='64px', _loop_vars=_loop_vars))
            yield '</div>'
        l_1_author_url = context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'term_link'), 'authors', environment.getattr(l_1_profile, 'name'), _loop_vars=_loop_vars)
        _loop_vars['author_url'] = l_1_author_url
        yield '  <p class="author-name"><a href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'url'), (undefined(name='author_url') if l_1_author_url is missing else l_1_author_url), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_profile, 'name'))
        yield '</a>'
        if environment.getattr(l_1_profile, 'role'):
            pass
            yield ' <span class="role role-'
            yield escape(environment.getattr(l_1_profile, 'role'))
            yield '">'
            yield escape(t_1(environment.getattr(l_1_profile, 'role')))
            yield '</span>'
        yield '</p>\n'
        if environment.getattr(l_1_profile, 'bio'):
            pass
            yield '<div class="author-bio">'
            yield escape(t_2(context, environment.getattr(l_1_profile, 'bio')))
            yield '</div>'
        template = environment.get_template('partials/author_links.html', 'partials/author_box.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'author_url': l_1_author_url, 'profile': l_1_profile}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '</aside>\n'
    l_1_profile = l_1_site = l_1_author_url = missing

blocks = {}
debug_info = '2=24&3=30&4=32&5=37&6=40&7=52&8=57'

# Made by Jinja 3.1.6 from the theme's layouts/partials/author_box.html with `python -m mentorblog.render.theme_code`; do not edit.
