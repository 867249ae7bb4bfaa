from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'llms.txt'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_text = missing
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    def macro(l_1_value):
        t_2 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_2.append(
            str(t_1(context.eval_ctx, t_1(context.eval_ctx, t_1(context.eval_ctx, t_1(context.eval_ctx, l_1_value, '\\', '\\\\'), '[', '\\['), ']', '\\]'), '\n', ' ')),
        )
        return concat(t_2)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('value',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '\n\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'):
        pass
        yield '> '
        yield str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description')))
        yield '\n\n'
    yield '## Posts\n\n'
    def t_3(fiter):
        for l_1_post in fiter:
            if ((((((not environment.getattr(l_1_post, 'is_draft')) and (not environment.getattr(l_1_post, 'robots_noindex'))) and (not environment.getattr(l_1_post, 'search_hidden'))) and (not environment.getattr(l_1_post, 'hidden_in_home_list'))) and (not environment.getattr(l_1_post, 'hidden_in_rss'))) and environment.getattr(l_1_post, 'in_sitemap')):
                yield l_1_post
    for l_1_post in t_3(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'posts')):
        _loop_vars = {}
        pass
        yield '- ['
        yield str(context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(l_1_post, 'title'), _loop_vars=_loop_vars))
        yield ']('
        yield str(t_1(context.eval_ctx, t_1(context.eval_ctx, t_1(context.eval_ctx, environment.getattr(l_1_post, 'permalink'), ' ', '%20'), '(', '%28'), ')', '%29'))
        yield ')'
        yield str((str_join((': ', context.call((undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(l_1_post, 'description'), _loop_vars=_loop_vars), )) if environment.getattr(l_1_post, 'description') else ''))
        yield '\n'
    l_1_post = missing

blocks = {}
debug_info = '3=19&4=31&6=33&7=36&12=39&13=47'

# Made by Jinja 3.1.6 from the theme's layouts/llms.txt with `python -m mentorblog.render.theme_code`; do not edit.
