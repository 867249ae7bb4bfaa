from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/social_icons.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_shapes = resolve('shapes')
    l_0_aliases = resolve('aliases')
    l_0_icons = missing
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_4 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    l_0_icons = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'socialIcons')
    context.vars['icons'] = l_0_icons
    context.exported_vars.add('icons')
    if (undefined(name='icons') if l_0_icons is missing else l_0_icons):
        pass
        l_0_shapes = {'email': '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.5 7 8.5 6 8.5-6"/>', 'rss': '<path d="M5 11a8 8 0 0 1 8 8M5 4.5A14.5 14.5 0 0 1 19.5 19"/><circle cx="6" cy="18" r="1.2"/>', 'x': '<path d="M4.5 4h4l11 16h-4z"/><path d="m19 4-6 6.8M11 13.2 5 20"/>', 'github': '<circle cx="12" cy="12" r="9.5"/><path d="M9.5 21v-2.8c-2.2-.6-3.6-2.2-3.6-4.6 0-1.1.4-2.1 1-2.8l-.4-2.6 2.6.9a7 7 0 0 1 5.8 0l2.6-.9-.4 2.6c.6.7 1 1.7 1 2.8 0 2.4-1.4 4-3.6 4.6V21"/>', 'gitlab': '<path d="M12 20.5 3.5 13.8 5.4 4.5 8 11h8l2.6-6.5 1.9 9.3z"/>', 'codeberg': '<path d="M12 4 3 20h18z"/><path d="M12 10.5 16 20"/>', 'linkedin': '<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7.3v.2M12 17v-6.5M12 13.3c0-1.8 1.2-2.8 2.5-2.8s2.5.8 2.5 2.6V17"/>', 'mastodon': '<path d="M4.5 10.8C4.5 5.6 7.6 3.5 12 3.5s7.5 2.1 7.5 7.3c0 4.2-1.8 6.3-5.4 6.6-1.9.2-3.6.1-5-.4.2 1.9 1.8 3.1 5.4 2.7"/><path d="M8.6 13.5V9.6a1.7 1.7 0 0 1 3.4 0v2.2-2.2a1.7 1.7 0 0 1 3.4 0v3.9"/>', 'bluesky': '<path d="M12 11c-1.6-3.4-5.6-7-7.8-6.4-1.5.4-.9 4.2.1 6 .9 1.5 3 1.9 4.9 1.6-2.4.8-3.8 2.3-1.9 4.2 2.3 2.3 3.8-.4 4.7-2.9.9 2.5 2.4 5.2 4.7 2.9 1.9-1.9.5-3.4-1.9-4.2 1.9.3 4-.1 4.9-1.6 1-1.8 1.6-5.6.1-6C17.6 4 13.6 7.6 12 11z"/>', 'youtube': '<rect x="2.5" y="5.5" width="19" height="13" rx="4"/><path d="m10 9.3 4.8 2.7-4.8 2.7z"/>', 'instagram': '<rect x="3.5" y="3.5" width="17" height="17" rx="5"/><circle cx="12" cy="12" r="3.8"/><path d="M16.8 7.2h.01"/>', 'facebook': '<circle cx="12" cy="12" r="9.5"/><path d="M13 21.5V11c0-1.5.9-2.5 2.4-2.5H17M9.5 13.2H16"/>', 'stackoverflow': '<path d="M5 14.5V20h13v-5.5M8.5 17h6.5M9 13.7l6.4 1.2M9.9 10.4l6 2.6M11.7 7.1l5.1 4M14.4 4.2l3.8 5.2"/>', 'telegram': '<path d="M21 4 3 11.2l6.3 2.3M21 4l-3.4 16-8.3-6.5M21 4 9.3 13.5 9.5 19l3.2-3"/>', 'globe': '<circle cx="12" cy="12" r="9.5"/><path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19"/>', 'coffee': '<path d="M4.5 8.5h12v4.5a5.5 5.5 0 0 1-5.5 5.5h-1a5.5 5.5 0 0 1-5.5-5.5z"/><path d="M16.5 10h1.3a2.3 2.3 0 0 1 0 4.6h-1.6M8 3.5v2M11.5 3.5v2"/>', 'cv': '<path d="M6 2.5h8.5L19 7v14.5H6z"/><path d="M14.5 2.5V7H19M9 12h7M9 15.5h7"/>', 'link': '<path d="M10.5 13.5a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1.2 1.2M13.5 10.5a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1.2-1.2"/>'}
        context.vars['shapes'] = l_0_shapes
        context.exported_vars.add('shapes')
        l_0_aliases = {'mail': 'email', 'envelope': 'email', 'twitter': 'x', 'web': 'globe', 'website': 'globe', 'homepage': 'globe', 'kofi': 'coffee', 'ko-fi': 'coffee', 'buymeacoffee': 'coffee', 'resume': 'cv', 'stack': 'stackoverflow', 'feed': 'rss'}
        context.vars['aliases'] = l_0_aliases
        context.exported_vars.add('aliases')
        yield '<ul class="social-icons">\n'
        for l_1_icon in (undefined(name='icons') if l_0_icons is missing else l_0_icons):
            l_1_namespace = resolve('namespace')
            l_1_s = l_1_key = missing
            _loop_vars = {}
            pass
            l_1_s = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), name='', url='', _loop_vars=_loop_vars)
            _loop_vars['s'] = l_1_s
            for (l_2_key, l_2_value) in context.call(environment.getattr(l_1_icon, 'items'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                if (t_1(l_2_key) == 'name'):
                    pass
                    if not isinstance(l_1_s, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_s['name'] = t_4(l_2_value)
                elif (t_1(l_2_key) == 'url'):
                    pass
                    if not isinstance(l_1_s, Namespace):
                        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                    l_1_s['url'] = t_4(l_2_value)
            l_2_key = l_2_value = missing
            l_1_key = t_2(context.eval_ctx, t_1(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'name')), ' ', '')
            _loop_vars['key'] = l_1_key
            l_1_key = context.call(environment.getattr((undefined(name='aliases') if l_0_aliases is missing else l_0_aliases), 'get'), (undefined(name='key') if l_1_key is missing else l_1_key), (undefined(name='key') if l_1_key is missing else l_1_key), _loop_vars=_loop_vars)
            _loop_vars['key'] = l_1_key
            yield '  <li><a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'link'), environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'url'), _loop_vars=_loop_vars))
            yield '" rel="me" title="'
            yield escape(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'name'))
            yield '" aria-label="'
            yield escape(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'name'))
            yield '"><svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
            yield escape(t_3(context.call(environment.getattr((undefined(name='shapes') if l_0_shapes is missing else l_0_shapes), 'get'), (undefined(name='key') if l_1_key is missing else l_1_key), environment.getitem((undefined(name='shapes') if l_0_shapes is missing else l_0_shapes), 'link'), _loop_vars=_loop_vars)))
            yield '</svg></a></li>\n'
        l_1_icon = l_1_namespace = l_1_s = l_1_key = missing
        yield '</ul>\n'

blocks = {}
debug_info = '3=39&4=42&5=44&25=47&29=51&30=56&31=58&32=72&33=74&34=77'

# Made by Jinja 3.1.6 from the theme's layouts/partials/social_icons.html with `python -m mentorblog.render.theme_code`; do not edit.
