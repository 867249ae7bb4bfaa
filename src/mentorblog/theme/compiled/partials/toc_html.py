from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/toc.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_toc_tree = resolve('toc_tree')
    l_0_tree = resolve('tree')
    l_0_site = resolve('site')
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
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'showToc') and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc')):
        pass
        l_0_tree = (context.call((undefined(name='toc_tree') if l_0_toc_tree is missing else l_0_toc_tree), t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc'), 'level', 'ge', 2)), 3) if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'UseHugoToc') else context.call((undefined(name='toc_tree') if l_0_toc_tree is missing else l_0_toc_tree), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc')))
        context.vars['tree'] = l_0_tree
        context.exported_vars.add('tree')
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
        yield '>\n  <ul>\n'
        def loop(reciter, loop_render_func, depth=0):
            t_3 = []
            l_1_loop = missing
            for l_1_entry, l_1_loop in LoopContext(reciter, undefined, loop_render_func, depth):
                _loop_vars = {}
                pass
                t_3.extend((
                    '  <li><a href="#',
                    escape(environment.getattr(environment.getattr(l_1_entry, 'heading'), 'id')),
                    '">',
                    escape(environment.getattr(environment.getattr(l_1_entry, 'heading'), 'text')),
                    '</a>',
                ))
                if environment.getattr(l_1_entry, 'children'):
                    pass
                    t_3.extend((
                        '<ul>\n',
                        escape(context.call(l_1_loop, environment.getattr(l_1_entry, 'children'), _loop_vars=_loop_vars)),
                        '</ul>\n',
                    ))
                t_3.append(
                    '</li>\n',
                )
            return Markup(concat(t_3))
        yield loop((undefined(name='tree') if l_0_tree is missing else l_0_tree), loop)
        yield '</ul>\n\n  </nav>\n</details>\n</div>\n'

blocks = {}
debug_info = '3=27&6=29&8=33&9=37&10=39&12=45&13=53&14=62&12=69'

# Made by Jinja 3.1.6 from the theme's layouts/partials/toc.html with `python -m mentorblog.render.theme_code`; do not edit.
