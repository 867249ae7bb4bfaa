from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/toc.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_toc_tree = resolve('toc_tree')
    l_0_toc_list = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro(l_1_entries):
        t_3 = []
        if l_1_entries is missing:
            l_1_entries = undefined("parameter 'entries' was not provided", name='entries')
        pass
        t_3.append(
            '<ul>\n',
        )
        for l_2_entry in l_1_entries:
            _loop_vars = {}
            pass
            t_3.extend((
                '  <li><a href="#',
                escape(environment.getattr(environment.getattr(l_2_entry, 'heading'), 'id')),
                '">',
                escape(environment.getattr(environment.getattr(l_2_entry, 'heading'), 'text')),
                '</a>',
            ))
            if environment.getattr(l_2_entry, 'children'):
                pass
                t_3.append(
                    escape(context.call((undefined(name='toc_list') if l_0_toc_list is missing else l_0_toc_list), environment.getattr(l_2_entry, 'children'), _loop_vars=_loop_vars)),
                )
            t_3.append(
                '</li>\n',
            )
        l_2_entry = missing
        t_3.append(
            '</ul>\n',
        )
        return concat(t_3)
    context.exported_vars.add('toc_list')
    context.vars['toc_list'] = l_0_toc_list = Macro(environment, macro, 'toc_list', ('entries',), False, False, False, context.eval_ctx.autoescape)
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'showToc') and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc')):
        pass
        yield '<div class="toc-wrap">\n<details class="toc"'
        if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'TocOpen'):
            pass
            yield ' open'
        yield '>\n  <summary>'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'toc'))
        yield '</summary>\n  <nav aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'toc'))
        yield '"'
        if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'UseHugoToc'):
            pass
            yield ' id="TableOfContents"'
        yield '>\n'
        if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'UseHugoToc'):
            pass
            yield '  '
            yield escape(context.call((undefined(name='toc_list') if l_0_toc_list is missing else l_0_toc_list), context.call((undefined(name='toc_tree') if l_0_toc_tree is missing else l_0_toc_tree), t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc'), 'level', 'ge', 2)), 3)))
            yield '\n'
        else:
            pass
            yield '  '
            yield escape(context.call((undefined(name='toc_list') if l_0_toc_list is missing else l_0_toc_list), context.call((undefined(name='toc_tree') if l_0_toc_tree is missing else l_0_toc_tree), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc'))))
            yield '\n'
        yield '  </nav>\n</details>\n</div>\n'

blocks = {}
debug_info = '1=27&3=35&4=40&10=60&12=63&13=67&14=69&15=75&16=78&18=83'

# Made by Jinja 3.1.6 from the theme's layouts/partials/toc.html with `python -m mentorblog.render.theme_code`; do not edit.
