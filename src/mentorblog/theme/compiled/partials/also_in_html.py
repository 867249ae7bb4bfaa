from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/also_in.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_others = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    pass
    l_0_others = t_1(context.eval_ctx, t_2(context, context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'translations'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url')), 'code', 'equalto', environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang')))
    context.vars['others'] = l_0_others
    context.exported_vars.add('others')
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield '    <p class="also-in">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'also_in'))
        yield ' '
        l_1_loop = missing
        for l_1_link, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(l_1_link, 'url'), _loop_vars=_loop_vars))
            yield '" hreflang="'
            yield escape(environment.getattr(l_1_link, 'locale'))
            yield '" lang="'
            yield escape(environment.getattr(l_1_link, 'locale'))
            yield '"'
            if (environment.getattr(l_1_link, 'direction') != environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'direction')):
                pass
                yield ' dir="'
                yield escape(environment.getattr(l_1_link, 'direction'))
                yield '"'
            yield '>'
            yield escape(environment.getattr(l_1_link, 'name'))
            yield '</a>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'comma', _loop_vars=_loop_vars))
        l_1_loop = l_1_link = missing
        yield '</p>\n'

blocks = {}
debug_info = '2=26&3=29&4=32'

# Made by Jinja 3.1.6 from the theme's layouts/partials/also_in.html with `python -m mentorblog.render.theme_code`; do not edit.
