from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/share.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_share_targets = resolve('share_targets')
    l_0_targets = resolve('targets')
    l_0_link = resolve('link')
    l_0_text = resolve('text')
    l_0_namespace = resolve('namespace')
    l_0_tags = resolve('tags')
    l_0_hashtags = resolve('hashtags')
    l_0_names = resolve('names')
    l_0_hrefs = resolve('hrefs')
    l_0_shapes = resolve('shapes')
    l_0_site = resolve('site')
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
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_4 = environment.filters['urlencode']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'urlencode' found.")
    pass
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowShareButtons') and (not context.call(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'flags'), 'get'), 'disableshare'))):
        pass
        l_0_targets = (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShareButtons') or (undefined(name='share_targets') if l_0_share_targets is missing else l_0_share_targets))
        context.vars['targets'] = l_0_targets
        context.exported_vars.add('targets')
        l_0_link = t_4(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink'))
        context.vars['link'] = l_0_link
        context.exported_vars.add('link')
        l_0_text = t_4(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
        context.vars['text'] = l_0_text
        context.exported_vars.add('text')
        l_0_tags = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), names=[])
        context.vars['tags'] = l_0_tags
        context.exported_vars.add('tags')
        def t_5(fiter):
            for (l_1_name, l_1__) in fiter:
                if (' ' not in l_1_name):
                    yield (l_1_name, l_1__)
        for (l_1_name, l_1__) in t_5(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'tags')):
            _loop_vars = {}
            pass
            if not isinstance(l_0_tags, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_tags['names'] = (environment.getattr((undefined(name='tags') if l_0_tags is missing else l_0_tags), 'names') + [l_1_name])
        l_1_name = l_1__ = missing
        l_0_hashtags = t_1(context.eval_ctx, environment.getattr((undefined(name='tags') if l_0_tags is missing else l_0_tags), 'names'), ',')
        context.vars['hashtags'] = l_0_hashtags
        context.exported_vars.add('hashtags')
        l_0_names = {'x': 'X', 'linkedin': 'LinkedIn', 'reddit': 'Reddit', 'facebook': 'Facebook', 'whatsapp': 'WhatsApp', 'telegram': 'Telegram', 'ycombinator': 'Hacker News'}
        context.vars['names'] = l_0_names
        context.exported_vars.add('names')
        l_0_hrefs = {'x': markup_join(('https://x.com/intent/tweet/?text=', (undefined(name='text') if l_0_text is missing else l_0_text), '&url=', (undefined(name='link') if l_0_link is missing else l_0_link), (markup_join(('&hashtags=', t_4((undefined(name='hashtags') if l_0_hashtags is missing else l_0_hashtags)), )) if (undefined(name='hashtags') if l_0_hashtags is missing else l_0_hashtags) else ''), )), 'linkedin': markup_join(('https://www.linkedin.com/shareArticle?mini=true&url=', (undefined(name='link') if l_0_link is missing else l_0_link), '&title=', (undefined(name='text') if l_0_text is missing else l_0_text), )), 'reddit': markup_join(('https://reddit.com/submit?url=', (undefined(name='link') if l_0_link is missing else l_0_link), '&title=', (undefined(name='text') if l_0_text is missing else l_0_text), )), 'facebook': markup_join(('https://facebook.com/sharer/sharer.php?u=', (undefined(name='link') if l_0_link is missing else l_0_link), )), 'whatsapp': markup_join(('https://api.whatsapp.com/send?text=', (undefined(name='text') if l_0_text is missing else l_0_text), '%20-%20', (undefined(name='link') if l_0_link is missing else l_0_link), )), 'telegram': markup_join(('https://telegram.me/share/url?text=', (undefined(name='text') if l_0_text is missing else l_0_text), '&url=', (undefined(name='link') if l_0_link is missing else l_0_link), )), 'ycombinator': markup_join(('https://news.ycombinator.com/submitlink?t=', (undefined(name='text') if l_0_text is missing else l_0_text), '&u=', (undefined(name='link') if l_0_link is missing else l_0_link), ))}
        context.vars['hrefs'] = l_0_hrefs
        context.exported_vars.add('hrefs')
        l_0_shapes = {'x': '<path d="M4.5 4h4l11 16h-4z"/><path d="m19 4-6 6.8M11 13.2 5 20"/>', 'linkedin': '<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7.3v.2M12 17v-6.5M12 13.3c0-1.8 1.2-2.8 2.5-2.8s2.5.8 2.5 2.6V17"/>', 'reddit': '<ellipse cx="12" cy="14.5" rx="8" ry="5.5"/><path d="m12 9 1.3-5 4.2 1.2"/><circle cx="18.5" cy="5.5" r="1.3"/><path d="M9.3 13.5h.01M14.7 13.5h.01M9.2 16.6c1.7 1.1 3.9 1.1 5.6 0"/>', 'facebook': '<circle cx="12" cy="12" r="9.5"/><path d="M13 21.5V11c0-1.5.9-2.5 2.4-2.5H17M9.5 13.2H16"/>', 'whatsapp': '<path d="m3.5 20.5 1.2-4.3a8.5 8.5 0 1 1 3.2 3.1z"/><path d="M9 8.2c-.4 2.9 3.9 7.2 6.8 6.8l.7-1.7-2.1-1-1 .9a5.6 5.6 0 0 1-2.6-2.6l.9-1-1-2.1z"/>', 'telegram': '<path d="M21 4 3 11.2l6.3 2.3M21 4l-3.4 16-8.3-6.5M21 4 9.3 13.5 9.5 19l3.2-3"/>', 'ycombinator': '<rect x="3.5" y="3.5" width="17" height="17" rx="2.5"/><path d="m8.2 7.5 3.8 5.3 3.8-5.3M12 12.8v4.2"/>'}
        context.vars['shapes'] = l_0_shapes
        context.exported_vars.add('shapes')
        yield '<div class="share">\n  <span id="share-label">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'share'))
        yield '</span>\n  <ul aria-labelledby="share-label">\n'
        def t_6(fiter):
            for l_1_t in fiter:
                if (t_2(l_1_t) in (undefined(name='hrefs') if l_0_hrefs is missing else l_0_hrefs)):
                    yield l_1_t
        for l_1_t in t_6((undefined(name='targets') if l_0_targets is missing else l_0_targets)):
            l_1_label = missing
            _loop_vars = {}
            pass
            l_1_label = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'share_on', name=environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), t_2(l_1_t)), _loop_vars=_loop_vars)
            _loop_vars['label'] = l_1_label
            yield '    <li><a href="'
            yield escape(environment.getitem((undefined(name='hrefs') if l_0_hrefs is missing else l_0_hrefs), t_2(l_1_t)))
            yield '" rel="noopener" aria-label="'
            yield escape((undefined(name='label') if l_1_label is missing else l_1_label))
            yield '" title="'
            yield escape((undefined(name='label') if l_1_label is missing else l_1_label))
            yield '"><svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
            yield escape(t_3(environment.getitem((undefined(name='shapes') if l_0_shapes is missing else l_0_shapes), t_2(l_1_t))))
            yield '</svg></a></li>\n'
        l_1_t = l_1_label = missing
        yield '  </ul>\n</div>\n'

blocks = {}
debug_info = '2=47&3=49&4=52&5=55&6=58&7=61&8=72&9=75&11=78&21=81&31=85&33=87&34=95&35=98'

# Made by Jinja 3.1.6 from the theme's layouts/partials/share.html with `python -m mentorblog.render.theme_code`; do not edit.
