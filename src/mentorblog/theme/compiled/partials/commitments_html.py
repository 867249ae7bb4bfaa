from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/commitments.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_c = missing
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_c = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'commitments')
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    if (undefined(name='c') if l_0_c is missing else l_0_c):
        pass
        yield '<section class="series commitments" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'commitments'))
        yield '">\n'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'open_before'):
            pass
            yield '  <h2>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'open_from_before'))
            yield '</h2>\n  <ul>\n'
            for l_1_item in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'open_before'):
                l_1_made = l_1_link = missing
                _loop_vars = {}
                pass
                l_1_made = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_item, 'opened'), _loop_vars=_loop_vars)
                _loop_vars['made'] = l_1_made
                t_2 = []
                pass
                t_2.extend((
                    '<a href="',
                    escape(environment.getattr((undefined(name='made') if l_1_made is missing else l_1_made), 'href')),
                    '">',
                    escape(environment.getattr((undefined(name='made') if l_1_made is missing else l_1_made), 'title')),
                    '</a>',
                ))
                l_1_link = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
                _loop_vars['link'] = l_1_link
                yield '    <li>'
                yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'text'))
                yield '<div class="meta">'
                if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'):
                    pass
                    yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'))
                    yield ' · '
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'from_post', post=(undefined(name='link') if l_1_link is missing else l_1_link), _loop_vars=_loop_vars))
                if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'):
                    pass
                    yield ', '
                    template = environment.get_template('partials/commitment_due.html', 'partials/commitments.html')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'item': l_1_item, 'link': l_1_link, 'made': l_1_made, 'c': l_0_c}))
                    try:
                        for event in gen:
                            yield event
                    finally: gen.close()
                yield '</div></li>\n'
            l_1_item = l_1_made = l_1_link = missing
            yield '  </ul>\n'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'closes'):
            pass
            yield '  <h2>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'closed_in_post'))
            yield '</h2>\n  <ul>\n'
            for l_1_item in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'closes'):
                l_1_made = l_1_link = missing
                _loop_vars = {}
                pass
                l_1_made = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_item, 'opened'), _loop_vars=_loop_vars)
                _loop_vars['made'] = l_1_made
                t_3 = []
                pass
                t_3.extend((
                    '<a href="',
                    escape(environment.getattr((undefined(name='made') if l_1_made is missing else l_1_made), 'href')),
                    '">',
                    escape(environment.getattr((undefined(name='made') if l_1_made is missing else l_1_made), 'title')),
                    '</a>',
                ))
                l_1_link = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
                _loop_vars['link'] = l_1_link
                yield '    <li><span class="badge">'
                yield escape(t_1(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), markup_join(('status_', environment.getattr(l_1_item, 'status'), )), _loop_vars=_loop_vars)))
                yield '</span> '
                yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'text'))
                yield '<div class="meta">'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'from_post', post=(undefined(name='link') if l_1_link is missing else l_1_link), _loop_vars=_loop_vars))
                if environment.getattr(l_1_item, 'note'):
                    pass
                    yield ': '
                    yield escape(environment.getattr(l_1_item, 'note'))
                yield '</div></li>\n'
            l_1_item = l_1_made = l_1_link = missing
            yield '  </ul>\n'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'made'):
            pass
            yield '  <h2>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'promised_in_post'))
            yield '</h2>\n  <ul>\n'
            for l_1_item in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'made'):
                l_1_closed = resolve('closed')
                l_1_link = resolve('link')
                _loop_vars = {}
                pass
                yield '    <li>'
                yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'text'))
                yield '<div class="meta">'
                if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'):
                    pass
                    yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'))
                    if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'):
                        pass
                        yield ' · '
                if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'):
                    pass
                    template = environment.get_template('partials/commitment_due.html', 'partials/commitments.html')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'closed': l_1_closed, 'item': l_1_item, 'link': l_1_link, 'c': l_0_c}))
                    try:
                        for event in gen:
                            yield event
                    finally: gen.close()
                if (environment.getattr(l_1_item, 'status') != 'open'):
                    pass
                    l_1_closed = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_item, 'closed'), _loop_vars=_loop_vars)
                    _loop_vars['closed'] = l_1_closed
                    t_4 = []
                    pass
                    t_4.extend((
                        '<a href="',
                        escape(environment.getattr((undefined(name='closed') if l_1_closed is missing else l_1_closed), 'href')),
                        '">',
                        escape(environment.getattr((undefined(name='closed') if l_1_closed is missing else l_1_closed), 'title')),
                        '</a>',
                    ))
                    l_1_link = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
                    _loop_vars['link'] = l_1_link
                    if (environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner') or environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due')):
                        pass
                        yield ' · '
                    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), markup_join((environment.getattr(l_1_item, 'status'), '_in', )), post=(undefined(name='link') if l_1_link is missing else l_1_link), _loop_vars=_loop_vars))
                yield '</div></li>\n'
            l_1_item = l_1_closed = l_1_link = missing
            yield '  </ul>\n'
        if environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'commitments_url'):
            pass
            yield '<p class="meta"><a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'commitments_url')))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'every_commitment'))
            yield '</a></p>'
        yield '</section>\n'

blocks = {}
debug_info = '4=20&5=23&8=26&9=28&10=31&12=33&13=51&17=70&18=73&20=75&21=93&25=105&26=108&28=110&29=116&33=154'

# Made by Jinja 3.1.6 from the theme's layouts/partials/commitments.html with `python -m mentorblog.render.theme_code`; do not edit.
