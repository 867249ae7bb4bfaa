from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/head.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_output = resolve('output')
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_list_title = resolve('list_title')
    l_0_is_home = l_0_is_page = l_0_doc_title = l_0_desc = l_0_favicon = l_0_touch = l_0_feeds = l_0_default_theme = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_3 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    yield '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    l_0_is_home = (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'home')
    context.vars['is_home'] = l_0_is_home
    context.exported_vars.add('is_home')
    l_0_is_page = ((undefined(name='page') if l_0_page is missing else l_0_page) and (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'page'))
    context.vars['is_page'] = l_0_is_page
    context.exported_vars.add('is_page')
    l_0_doc_title = (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title') if (undefined(name='is_home') if l_0_is_home is missing else l_0_is_home) else markup_join(((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') if (undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) else (undefined(name='list_title') if l_0_list_title is missing else l_0_list_title)), ' | ', environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), )))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    if (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager') and (environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'number') > 1)):
        pass
        l_0_doc_title = markup_join(((undefined(name='doc_title') if l_0_doc_title is missing else l_0_doc_title), ' – ', context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'page_number', number=environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'number')), ))
        context.vars['doc_title'] = l_0_doc_title
        context.exported_vars.add('doc_title')
    yield '<title>'
    yield escape((undefined(name='doc_title') if l_0_doc_title is missing else l_0_doc_title))
    yield '</title>\n'
    l_0_desc = (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta_description') if (undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) else (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description') if ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description')) else environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description')))
    context.vars['desc'] = l_0_desc
    context.exported_vars.add('desc')
    if (undefined(name='desc') if l_0_desc is missing else l_0_desc):
        pass
        yield '<meta name="description" content="'
        yield escape((undefined(name='desc') if l_0_desc is missing else l_0_desc))
        yield '">'
    if ((undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'authors')):
        pass
        yield '<meta name="author" content="'
        yield escape(t_1(context.eval_ctx, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'authors'), ', '))
        yield '">'
    if ((undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'keywords')):
        pass
        yield '<meta name="keywords" content="'
        yield escape(t_1(context.eval_ctx, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'keywords'), ', '))
        yield '">'
    if ((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'env') != 'production') or ((undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'robots_noindex'))):
        pass
        yield '<meta name="robots" content="noindex, nofollow">\n'
    elif ((undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) and (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'visibility') != 'public')):
        pass
        yield '<meta name="robots" content="noindex">\n'
    else:
        pass
        yield '<meta name="robots" content="index, follow">\n'
    yield '<link rel="canonical" href="'
    yield escape((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical_url') if ((undefined(name='is_page') if l_0_is_page is missing else l_0_is_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'canonical_url')) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url'))))
    yield '">\n'
    l_0_favicon = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'assets.favicon')
    context.vars['favicon'] = l_0_favicon
    context.exported_vars.add('favicon')
    if (undefined(name='favicon') if l_0_favicon is missing else l_0_favicon):
        pass
        yield '<link rel="icon" href="'
        yield escape(((undefined(name='favicon') if l_0_favicon is missing else l_0_favicon) if ('://' in (undefined(name='favicon') if l_0_favicon is missing else l_0_favicon)) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), markup_join(('/', context.call(environment.getattr((undefined(name='favicon') if l_0_favicon is missing else l_0_favicon), 'lstrip'), '/'), )))))
        yield '">\n'
    else:
        pass
        yield '<link rel="icon" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), '/favicon.svg'))
        yield '" type="image/svg+xml">\n'
    for (l_1_key, l_1_size) in (('favicon16x16', '16x16'), ('favicon32x32', '32x32')):
        l_1_icon = missing
        _loop_vars = {}
        pass
        l_1_icon = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), markup_join(('assets.', l_1_key, )), _loop_vars=_loop_vars)
        _loop_vars['icon'] = l_1_icon
        if (undefined(name='icon') if l_1_icon is missing else l_1_icon):
            pass
            yield '<link rel="icon" type="image/png" sizes="'
            yield escape(l_1_size)
            yield '" href="'
            yield escape(((undefined(name='icon') if l_1_icon is missing else l_1_icon) if ('://' in (undefined(name='icon') if l_1_icon is missing else l_1_icon)) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), markup_join(('/', context.call(environment.getattr((undefined(name='icon') if l_1_icon is missing else l_1_icon), 'lstrip'), '/', _loop_vars=_loop_vars), )), _loop_vars=_loop_vars)))
            yield '">\n'
    l_1_key = l_1_size = l_1_icon = missing
    l_0_touch = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'assets.apple_touch_icon')
    context.vars['touch'] = l_0_touch
    context.exported_vars.add('touch')
    if (undefined(name='touch') if l_0_touch is missing else l_0_touch):
        pass
        yield '<link rel="apple-touch-icon" href="'
        yield escape(((undefined(name='touch') if l_0_touch is missing else l_0_touch) if ('://' in (undefined(name='touch') if l_0_touch is missing else l_0_touch)) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), markup_join(('/', context.call(environment.getattr((undefined(name='touch') if l_0_touch is missing else l_0_touch), 'lstrip'), '/'), )))))
        yield '">'
    yield '<link rel="stylesheet" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/main.css'))
    yield '">\n'
    if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'languages') or (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'direction') == 'rtl')):
        pass
        yield '<link rel="stylesheet" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/languages.css'))
        yield '">'
    l_0_feeds = environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds')
    context.vars['feeds'] = l_0_feeds
    context.exported_vars.add('feeds')
    if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'rss'):
        pass
        yield '<link rel="alternate" type="application/rss+xml" title="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
        yield '" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'index.xml', ))))
        yield '">'
    if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'atom'):
        pass
        yield '<link rel="alternate" type="application/atom+xml" title="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
        yield ' (Atom)" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'feed.xml', ))))
        yield '">'
    if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'json'):
        pass
        yield '<link rel="alternate" type="application/feed+json" title="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
        yield ' (JSON Feed)" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), markup_join((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), 'feed.json', ))))
        yield '">'
    if (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') in ('section', 'term')):
        pass
        if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'rss'):
            pass
            yield '<link rel="alternate" type="application/rss+xml" title="'
            yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
            yield ' – '
            yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
            yield '" href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), markup_join((environment.getitem(environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'urls'), 0), 'index.xml', ))))
            yield '">'
        if environment.getattr((undefined(name='feeds') if l_0_feeds is missing else l_0_feeds), 'json'):
            pass
            yield '<link rel="alternate" type="application/feed+json" title="'
            yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
            yield ' – '
            yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
            yield ' (JSON Feed)" href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), markup_join((environment.getitem(environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'urls'), 0), 'feed.json', ))))
            yield '">'
    if (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager') and environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'prev_url')):
        pass
        yield '<link rel="prev" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'prev_url')))
        yield '">'
    if (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager') and environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'next_url')):
        pass
        yield '<link rel="next" href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'pager'), 'next_url')))
        yield '">'
    l_0_default_theme = t_2(t_3(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'defaultTheme', 'auto')))
    context.vars['default_theme'] = l_0_default_theme
    context.exported_vars.add('default_theme')
    yield '<meta name="color-scheme" content="'
    yield escape(((undefined(name='default_theme') if l_0_default_theme is missing else l_0_default_theme) if (((undefined(name='default_theme') if l_0_default_theme is missing else l_0_default_theme) in ('light', 'dark')) and context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'disableThemeToggle')) else 'light dark'))
    yield '">\n<meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)">\n<meta name="theme-color" content="#16181b" media="(prefers-color-scheme: dark)">\n<script>(function(){try{var d=document.documentElement,s=localStorage.getItem("mentorblog-text");if(/^(-1|1|2)$/.test(s))d.dataset.text=s;'
    if (not context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'disableThemeToggle')):
        pass
        yield 'var t=localStorage.getItem("mentorblog-theme");if(t==="light"||t==="dark")d.dataset.theme=t'
    yield '}catch(e){}})();</script>\n'
    template = environment.get_template('partials/social_meta.html', 'partials/head.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'default_theme': l_0_default_theme, 'desc': l_0_desc, 'doc_title': l_0_doc_title, 'favicon': l_0_favicon, 'feeds': l_0_feeds, 'is_home': l_0_is_home, 'is_page': l_0_is_page, 'touch': l_0_touch}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/languages_head.html', 'partials/head.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'default_theme': l_0_default_theme, 'desc': l_0_desc, 'doc_title': l_0_doc_title, 'favicon': l_0_favicon, 'feeds': l_0_feeds, 'is_home': l_0_is_home, 'is_page': l_0_is_page, 'touch': l_0_touch}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    try:
        template = environment.get_template('partials/extend_head.html', 'partials/head.html')
    except TemplateNotFound:
        pass
    else:
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'default_theme': l_0_default_theme, 'desc': l_0_desc, 'doc_title': l_0_doc_title, 'favicon': l_0_favicon, 'feeds': l_0_feeds, 'is_home': l_0_is_home, 'is_page': l_0_is_page, 'touch': l_0_touch}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {}
debug_info = '3=35&4=38&5=41&6=44&7=50&8=52&9=55&10=60&11=65&12=70&14=73&20=80&21=82&22=85&23=88&25=93&27=95&28=104&30=109&31=112&32=118&33=120&34=125&35=128&36=135&37=142&38=149&39=151&40=160&42=169&43=174&44=179&45=183&50=185&51=189&52=195&53=202'

# Made by Jinja 3.1.6 from the theme's layouts/partials/head.html with `python -m mentorblog.render.theme_code`; do not edit.
