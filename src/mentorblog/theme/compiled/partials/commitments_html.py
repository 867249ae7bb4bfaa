from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/commitments.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_link = resolve('link')
    l_0_due = resolve('due')
    l_0_site = resolve('site')
    l_0_c = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_c = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'commitments')
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    if (undefined(name='c') if l_0_c is missing else l_0_c):
        pass
        def macro(l_1_entry):
            t_4 = []
            if l_1_entry is missing:
                l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
            pass
            t_4.extend((
                '<a href="',
                escape(environment.getattr(l_1_entry, 'href')),
                '">',
                escape(environment.getattr(l_1_entry, 'title')),
                '</a>',
            ))
            return concat(t_4)
        context.exported_vars.add('link')
        context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('entry',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_item):
            t_5 = []
            l_1_when = missing
            if l_1_item is missing:
                l_1_item = undefined("parameter 'item' was not provided", name='item')
            pass
            t_6 = []
            pass
            t_6.extend((
                '<time datetime="',
                escape(t_2(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'))),
                '">',
                escape(t_1(context, environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format'))),
                '</time>',
            ))
            l_1_when = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
            t_5.append(
                escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'due_on', date=(undefined(name='when') if l_1_when is missing else l_1_when))),
            )
            return concat(t_5)
        context.exported_vars.add('due')
        context.vars['due'] = l_0_due = Macro(environment, macro, 'due', ('item',), False, False, False, context.eval_ctx.autoescape)
        yield '<section class="series commitments" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'commitments'))
        yield '">\n'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'open_before'):
            pass
            yield '  <h2>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'open_from_before'))
            yield '</h2>\n  <ul>\n'
            for l_1_item in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'open_before'):
                l_1_made = missing
                _loop_vars = {}
                pass
                l_1_made = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_item, 'opened'), _loop_vars=_loop_vars)
                _loop_vars['made'] = l_1_made
                yield '    <li>'
                yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'text'))
                yield '<div class="meta">'
                if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'):
                    pass
                    yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'))
                    yield ' · '
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'from_post', post=context.call((undefined(name='link') if l_0_link is missing else l_0_link), (undefined(name='made') if l_1_made is missing else l_1_made), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'):
                    pass
                    yield ', '
                    yield escape(context.call((undefined(name='due') if l_0_due is missing else l_0_due), l_1_item, _loop_vars=_loop_vars))
                yield '</div></li>\n'
            l_1_item = l_1_made = missing
            yield '  </ul>\n'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'closes'):
            pass
            yield '  <h2>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'closed_in_post'))
            yield '</h2>\n  <ul>\n'
            for l_1_item in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'closes'):
                l_1_made = missing
                _loop_vars = {}
                pass
                l_1_made = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_item, 'opened'), _loop_vars=_loop_vars)
                _loop_vars['made'] = l_1_made
                yield '    <li><span class="badge">'
                yield escape(t_3(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), markup_join(('status_', environment.getattr(l_1_item, 'status'), )), _loop_vars=_loop_vars)))
                yield '</span> '
                yield escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'text'))
                yield '<div class="meta">'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'from_post', post=context.call((undefined(name='link') if l_0_link is missing else l_0_link), (undefined(name='made') if l_1_made is missing else l_1_made), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                if environment.getattr(l_1_item, 'note'):
                    pass
                    yield ': '
                    yield escape(environment.getattr(l_1_item, 'note'))
                yield '</div></li>\n'
            l_1_item = l_1_made = missing
            yield '  </ul>\n'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'made'):
            pass
            yield '  <h2>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'promised_in_post'))
            yield '</h2>\n  <ul>\n'
            for l_1_item in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'made'):
                l_1_closed = resolve('closed')
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
                    yield escape(context.call((undefined(name='due') if l_0_due is missing else l_0_due), l_1_item, _loop_vars=_loop_vars))
                if (environment.getattr(l_1_item, 'status') != 'open'):
                    pass
                    l_1_closed = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_item, 'closed'), _loop_vars=_loop_vars)
                    _loop_vars['closed'] = l_1_closed
                    if (environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner') or environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due')):
                        pass
                        yield ' · '
                    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), markup_join((environment.getattr(l_1_item, 'status'), '_in', )), post=context.call((undefined(name='link') if l_0_link is missing else l_0_link), (undefined(name='closed') if l_1_closed is missing else l_1_closed), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                yield '</div></li>\n'
            l_1_item = l_1_closed = missing
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
debug_info = '4=34&5=37&6=39&7=54&8=77&9=79&10=82&12=84&13=91&17=105&18=108&20=110&21=117&25=129&26=132&28=134&29=139&33=161'

# Made by Jinja 3.1.6 from the theme's layouts/partials/commitments.html with `python -m mentorblog.render.theme_code`; do not edit.
