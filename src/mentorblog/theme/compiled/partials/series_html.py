from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/series.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    l_1_loop = missing
    for l_1_journey, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'journeys'), undefined):
        l_1_site = resolve('site')
        l_1_part = l_1_count = l_1_named = missing
        _loop_vars = {}
        pass
        l_1_part = context.call(environment.getattr(l_1_journey, 'part_of'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url'), _loop_vars=_loop_vars)
        _loop_vars['part'] = l_1_part
        l_1_count = t_1(environment.getattr(l_1_journey, 'parts'))
        _loop_vars['count'] = l_1_count
        yield '<nav class="series" aria-labelledby="series-'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '">\n'
        t_3 = []
        pass
        t_3.extend((
            '<a href="',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'url'), environment.getattr(l_1_journey, 'url'))),
            '">',
            escape(environment.getattr(l_1_journey, 'name')),
            '</a>',
        ))
        l_1_named = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
        _loop_vars['named'] = l_1_named
        yield '  <h2 id="series-'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'journey_of', journey=(undefined(name='named') if l_1_named is missing else l_1_named), _loop_vars=_loop_vars))
        yield '</h2>\n  <p class="series-progress">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'part_of', part=(undefined(name='part') if l_1_part is missing else l_1_part), total=(undefined(name='count') if l_1_count is missing else l_1_count), _loop_vars=_loop_vars))
        yield '<span class="progress" aria-hidden="true"><span style="width:'
        yield escape(t_2(((100 * (undefined(name='part') if l_1_part is missing else l_1_part)) / (undefined(name='count') if l_1_count is missing else l_1_count)), 1))
        yield '%"></span></span></p>\n  <ol>\n'
        for l_2_item in environment.getattr(l_1_journey, 'parts'):
            _loop_vars = {}
            pass
            yield '    <li>'
            if (environment.getattr(l_2_item, 'url') == environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url')):
                pass
                yield '<span aria-current="page">'
                yield escape(environment.getattr(l_2_item, 'title'))
                yield '</span>'
            else:
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_2_item, 'href'))
                yield '">'
                yield escape(environment.getattr(l_2_item, 'title'))
                yield '</a>'
            yield '</li>\n'
        l_2_item = missing
        yield '  </ol>\n</nav>\n'
    l_1_loop = l_1_journey = l_1_part = l_1_count = l_1_named = l_1_site = missing

blocks = {}
debug_info = '2=25&3=30&4=32&5=35&6=41&7=49&8=53&10=57&11=61'

# Made by Jinja 3.1.6 from the theme's layouts/partials/series.html with `python -m mentorblog.render.theme_code`; do not edit.
