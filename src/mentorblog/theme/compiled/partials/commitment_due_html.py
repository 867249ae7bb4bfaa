from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/commitment_due.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_when = missing
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
    pass
    l_1_item = resolve('item')
    t_3 = []
    pass
    t_3.extend((
        '<time datetime="',
        escape(t_2(environment.getattr(environment.getattr((undefined(name='item') if l_1_item is missing else l_1_item), 'commitment'), 'due'))),
        '">',
        escape(t_1(context, environment.getattr(environment.getattr((undefined(name='item') if l_1_item is missing else l_1_item), 'commitment'), 'due'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format'))),
        '</time>',
    ))
    l_0_when = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
    context.vars['when'] = l_0_when
    context.exported_vars.add('when')
    l_1_item = missing
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'due_on', date=(undefined(name='when') if l_0_when is missing else l_0_when)))

blocks = {}
debug_info = '2=30&3=39'

# Made by Jinja 3.1.6 from the theme's layouts/partials/commitment_due.html with `python -m mentorblog.render.theme_code`; do not edit.
