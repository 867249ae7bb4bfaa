from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/thread_link.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_post = resolve('post')
    l_0_site = resolve('site')
    l_0_target = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_target = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'reply_to')
    context.vars['target'] = l_0_target
    context.exported_vars.add('target')
    if (undefined(name='target') if l_0_target is missing else l_0_target):
        pass
        t_2 = []
        pass
        t_2.extend((
            '<a class="u-in-reply-to" href="',
            escape(environment.getattr((undefined(name='target') if l_0_target is missing else l_0_target), 'href')),
            '">',
            escape(environment.getattr((undefined(name='target') if l_0_target is missing else l_0_target), 'title')),
            '</a>',
        ))
        l_0_post = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
        context.vars['post'] = l_0_post
        context.exported_vars.add('post')
        yield '<p class="sessions in-reply-to">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'in_reply_to', post=(undefined(name='post') if l_0_post is missing else l_0_post)))
        if environment.getattr((undefined(name='target') if l_0_target is missing else l_0_target), 'authors'):
            pass
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_names', names=t_1(context.eval_ctx, environment.getattr((undefined(name='target') if l_0_target is missing else l_0_target), 'authors'), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'comma'))))
        yield '</p>\n'

blocks = {}
debug_info = '2=21&3=24&4=30&5=39'

# Made by Jinja 3.1.6 from the theme's layouts/partials/thread_link.html with `python -m mentorblog.render.theme_code`; do not edit.
