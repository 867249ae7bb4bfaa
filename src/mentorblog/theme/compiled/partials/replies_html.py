from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/replies.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_answers = missing
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
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_answers = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'replies')
    context.vars['answers'] = l_0_answers
    context.exported_vars.add('answers')
    if (undefined(name='answers') if l_0_answers is missing else l_0_answers):
        pass
        yield '<section class="related replies" aria-labelledby="replies-title">\n  <h2 id="replies-title">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'reply_count', t_4((undefined(name='answers') if l_0_answers is missing else l_0_answers))))
        yield '</h2>\n  <ul>\n'
        for l_1_reply in (undefined(name='answers') if l_0_answers is missing else l_0_answers):
            _loop_vars = {}
            pass
            yield '    <li><a href="'
            yield escape(environment.getattr(l_1_reply, 'href'))
            yield '">'
            yield escape(environment.getattr(l_1_reply, 'title'))
            yield '</a>'
            if environment.getattr(l_1_reply, 'authors'):
                pass
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_names', names=t_3(context.eval_ctx, environment.getattr(l_1_reply, 'authors'), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'comma', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))
            if environment.getattr(l_1_reply, 'date'):
                pass
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'comma', _loop_vars=_loop_vars))
                yield '<time datetime="'
                yield escape(t_2(environment.getattr(l_1_reply, 'date')))
                yield '">'
                yield escape(t_1(context, environment.getattr(l_1_reply, 'date'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format')))
                yield '</time>'
            yield '</li>\n'
        l_1_reply = missing
        yield '  </ul>\n</section>\n'

blocks = {}
debug_info = '2=38&3=41&5=44&7=46&8=50'

# Made by Jinja 3.1.6 from the theme's layouts/partials/replies.html with `python -m mentorblog.render.theme_code`; do not edit.
