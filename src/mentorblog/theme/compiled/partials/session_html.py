from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/session.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'sessions'):
        pass
        yield '<ul class="sessions" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'sessions_logged'))
        yield '">\n'
        for l_1_s in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'sessions'):
            _loop_vars = {}
            pass
            yield '  <li><span class="session-label">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'session', _loop_vars=_loop_vars))
            yield '</span>'
            if (not t_2(environment.getattr(l_1_s, 'minutes'))):
                pass
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'minutes_short', environment.getattr(l_1_s, 'minutes'), _loop_vars=_loop_vars))
            if environment.getattr(l_1_s, 'people'):
                pass
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'with_people', people=t_1(context.eval_ctx, environment.getattr(l_1_s, 'people'), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'comma', _loop_vars=_loop_vars)), _loop_vars=_loop_vars))
            if environment.getattr(l_1_s, 'kind'):
                pass
                yield ' ·&nbsp;'
                yield escape(environment.getattr(l_1_s, 'kind'))
            yield '</li>\n'
        l_1_s = missing
        yield '</ul>\n'

blocks = {}
debug_info = '2=25&3=28&4=30&5=34'

# Made by Jinja 3.1.6 from the theme's layouts/partials/session.html with `python -m mentorblog.render.theme_code`; do not edit.
