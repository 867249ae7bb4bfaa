from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/profile.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_width = resolve('width')
    l_0_height = resolve('height')
    l_0_image = l_0_subtitle = l_0_buttons = missing
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_2 = environment.filters['markdownify']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'markdownify' found.")
    try:
        t_3 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    l_0_image = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.imageUrl')
    context.vars['image'] = l_0_image
    context.exported_vars.add('image')
    yield '<section class="profile">\n'
    if (undefined(name='image') if l_0_image is missing else l_0_image):
        pass
        l_0_width = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.imageWidth', 120)
        context.vars['width'] = l_0_width
        context.exported_vars.add('width')
        l_0_height = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.imageHeight', 120)
        context.vars['height'] = l_0_height
        context.exported_vars.add('height')
        yield '  '
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'picture'), ((undefined(name='image') if l_0_image is missing else l_0_image) if ('://' in (undefined(name='image') if l_0_image is missing else l_0_image)) else markup_join(('/', context.call(environment.getattr((undefined(name='image') if l_0_image is missing else l_0_image), 'lstrip'), '/'), ))), alt=context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.imageTitle', ''), css_class='profile-image', width=(undefined(name='width') if l_0_width is missing else l_0_width), height=(undefined(name='height') if l_0_height is missing else l_0_height), sizes=markup_join(((undefined(name='width') if l_0_width is missing else l_0_width), 'px', )), eager=True))
        yield '\n'
    yield '  <h1>'
    yield escape((context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.title') or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '</h1>\n'
    l_0_subtitle = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.subtitle')
    context.vars['subtitle'] = l_0_subtitle
    context.exported_vars.add('subtitle')
    if (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle):
        pass
        yield '<p class="profile-subtitle">'
        yield escape(t_2(context, (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle)))
        yield '</p>'
    template = environment.get_template('partials/social_icons.html', 'partials/profile.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'buttons': l_0_buttons, 'height': l_0_height, 'image': l_0_image, 'subtitle': l_0_subtitle, 'width': l_0_width}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_0_buttons = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'profileMode.buttons')
    context.vars['buttons'] = l_0_buttons
    context.exported_vars.add('buttons')
    if (undefined(name='buttons') if l_0_buttons is missing else l_0_buttons):
        pass
        yield '  <ul class="profile-buttons">\n'
        for l_1_button in (undefined(name='buttons') if l_0_buttons is missing else l_0_buttons):
            l_1_namespace = resolve('namespace')
            l_1_b = missing
            _loop_vars = {}
            pass
            l_1_b = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), name='', url='', _loop_vars=_loop_vars)
            _loop_vars['b'] = l_1_b
            for (l_2_key, l_2_value) in context.call(environment.getattr(l_1_button, 'items'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                if (t_1(l_2_key) == 'name'):
                    pass
                    if not isinstance(l_1_b, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_b['name'] = l_2_value
                elif (t_1(l_2_key) == 'url'):
                    pass
                    if not isinstance(l_1_b, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_b['url'] = t_3(l_2_value)
            l_2_key = l_2_value = missing
            yield '    <li><a class="button" href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'link'), environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'url'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr((undefined(name='b') if l_1_b is missing else l_1_b), 'name'))
            yield '</a></li>\n'
        l_1_button = l_1_namespace = l_1_b = missing
        yield '  </ul>\n'
    yield '</section>\n'

blocks = {}
debug_info = '2=33&4=37&5=39&6=42&7=46&9=49&10=51&11=54&12=59&13=65&14=68&16=71&17=76&18=78&19=93'

# Made by Jinja 3.1.6 from the theme's layouts/partials/profile.html with `python -m mentorblog.render.theme_code`; do not edit.
