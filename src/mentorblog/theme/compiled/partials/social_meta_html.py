from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/social_meta.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_output = resolve('output')
    l_0_site = resolve('site')
    l_0_list_title = resolve('list_title')
    l_0_image = resolve('image')
    l_0_image_base = resolve('image_base')
    l_0_image_url = resolve('image_url')
    l_0_is_post = l_0_og_desc = l_0_site_images = missing
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_2 = environment.filters['jsonld']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'jsonld' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_is_post = ((undefined(name='page') if l_0_page is missing else l_0_page) and (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'page'))
    context.vars['is_post'] = l_0_is_post
    context.exported_vars.add('is_post')
    yield '<meta property="og:site_name" content="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '">\n<meta property="og:title" content="'
    yield escape((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') if (undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) else ((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title) or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))))
    yield '">\n'
    l_0_og_desc = (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta_description') if (undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) else environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))
    context.vars['og_desc'] = l_0_og_desc
    context.exported_vars.add('og_desc')
    if (undefined(name='og_desc') if l_0_og_desc is missing else l_0_og_desc):
        pass
        yield '<meta property="og:description" content="'
        yield escape((undefined(name='og_desc') if l_0_og_desc is missing else l_0_og_desc))
        yield '">'
    yield '<meta property="og:url" content="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')))
    yield '">\n<meta property="og:type" content="'
    yield escape(('article' if ((undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) and (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'kind') == 'post')) else 'website'))
    yield '">\n<meta property="og:locale" content="'
    yield escape(t_5(context.eval_ctx, environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'), '-', '_'))
    yield '">\n'
    def t_6(fiter):
        for l_1_version in fiter:
            if (environment.getattr(l_1_version, 'code') != environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang')):
                yield l_1_version
    for l_1_version in t_6(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'translations'), (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url') if (undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) else environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')))):
        _loop_vars = {}
        pass
        yield '<meta property="og:locale:alternate" content="'
        yield escape(t_5(context.eval_ctx, environment.getattr(l_1_version, 'locale'), '-', '_'))
        yield '">\n'
    l_1_version = missing
    l_0_site_images = (context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'images') or [])
    context.vars['site_images'] = l_0_site_images
    context.exported_vars.add('site_images')
    if ((undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'cover')):
        pass
        l_0_image = environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'cover'), 'image')
        context.vars['image'] = l_0_image
        context.exported_vars.add('image')
        l_0_image_base = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url')
        context.vars['image_base'] = l_0_image_base
        context.exported_vars.add('image_base')
    elif ((undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'images')):
        pass
        l_0_image = environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'images'), 0)
        context.vars['image'] = l_0_image
        context.exported_vars.add('image')
        l_0_image_base = '/'
        context.vars['image_base'] = l_0_image_base
        context.exported_vars.add('image_base')
    else:
        pass
        l_0_image = (environment.getitem((undefined(name='site_images') if l_0_site_images is missing else l_0_site_images), 0) if (undefined(name='site_images') if l_0_site_images is missing else l_0_site_images) else '')
        context.vars['image'] = l_0_image
        context.exported_vars.add('image')
        l_0_image_base = '/'
        context.vars['image_base'] = l_0_image_base
        context.exported_vars.add('image_base')
    if (undefined(name='image') if l_0_image is missing else l_0_image):
        pass
        l_0_image_url = ((undefined(name='image') if l_0_image is missing else l_0_image) if ('://' in (undefined(name='image') if l_0_image is missing else l_0_image)) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), ((undefined(name='image') if l_0_image is missing else l_0_image) if context.call(environment.getattr((undefined(name='image') if l_0_image is missing else l_0_image), 'startswith'), '/') else markup_join(((undefined(name='image_base') if l_0_image_base is missing else l_0_image_base), (undefined(name='image') if l_0_image is missing else l_0_image), )))))
        context.vars['image_url'] = l_0_image_url
        context.exported_vars.add('image_url')
        yield '<meta property="og:image" content="'
        yield escape((undefined(name='image_url') if l_0_image_url is missing else l_0_image_url))
        yield '">\n<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:image" content="'
        yield escape((undefined(name='image_url') if l_0_image_url is missing else l_0_image_url))
        yield '">\n'
    else:
        pass
        yield '<meta name="twitter:card" content="summary">\n'
    yield '<meta name="twitter:title" content="'
    yield escape((environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title') if (undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) else ((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title) or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))))
    yield '">\n'
    if (undefined(name='og_desc') if l_0_og_desc is missing else l_0_og_desc):
        pass
        yield '<meta name="twitter:description" content="'
        yield escape((undefined(name='og_desc') if l_0_og_desc is missing else l_0_og_desc))
        yield '">'
    if ((undefined(name='is_post') if l_0_is_post is missing else l_0_is_post) and (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'kind') == 'post')):
        pass
        if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'publish_date'):
            pass
            yield '<meta property="article:published_time" content="'
            yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'publish_date')))
            yield '">'
        if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'modified'):
            pass
            yield '<meta property="article:modified_time" content="'
            yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'modified')))
            yield '">'
        for (l_1_name, l_1__) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'tags')[:6]:
            _loop_vars = {}
            pass
            yield '<meta property="article:tag" content="'
            yield escape(l_1_name)
            yield '">\n'
        l_1_name = l_1__ = missing
        l_1_loop = missing
        for l_1_journey, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'journeys'), undefined):
            _loop_vars = {}
            pass
            def t_7(fiter):
                for l_2_part in fiter:
                    if (environment.getattr(l_2_part, 'url') != environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url')):
                        yield l_2_part
            l_2_loop = missing
            for l_2_part, l_2_loop in LoopContext(t_7(environment.getattr(l_1_journey, 'parts')), undefined):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_loop, 'index') <= 7):
                    pass
                    yield '<meta property="og:see_also" content="'
                    yield escape(environment.getattr(l_2_part, 'permalink'))
                    yield '">\n'
            l_2_loop = l_2_part = missing
        l_1_loop = l_1_journey = missing
        yield '<script type="application/ld+json">'
        yield escape(t_2({'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'), 'description': environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'meta_description'), 'url': environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink'), 'mainEntityOfPage': {'@type': 'WebPage', '@id': environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink')}, 'datePublished': (t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'publish_date')) if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'publish_date') else None), 'dateModified': (t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'modified')) if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'modified') else None), 'author': t_3(context.eval_ctx, t_4(context, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'authors'), 'string')), 'keywords': t_3(context.eval_ctx, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'keywords')), 'wordCount': environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'word_count'), 'image': ((undefined(name='image_url') if l_0_image_url is missing else l_0_image_url) if (undefined(name='image') if l_0_image is missing else l_0_image) else None), 'publisher': {'@type': 'Organization', 'name': environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), 'url': environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url')}}))
        yield '</script>\n'

blocks = {}
debug_info = '1=49&2=53&3=55&4=57&5=60&6=66&7=68&8=70&9=72&10=80&15=83&16=86&17=88&18=94&19=96&21=104&23=110&24=112&25=116&27=118&31=124&32=126&33=131&34=133&35=138&36=143&38=151&54=170'

# Made by Jinja 3.1.6 from the theme's layouts/partials/social_meta.html with `python -m mentorblog.render.theme_code`; do not edit.
