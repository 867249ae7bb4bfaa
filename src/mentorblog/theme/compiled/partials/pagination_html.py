from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/pagination.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pager = resolve('pager')
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_nums = resolve('nums')
    try:
        t_1 = environment.filters['digits']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'digits' found.")
    pass
    if ((undefined(name='pager') if l_0_pager is missing else l_0_pager) and (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count') > 1)):
        pass
        l_0_nums = (context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'ShowPageNums') or ((undefined(name='page') if l_0_page is missing else l_0_page) and context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowPageNums')))
        context.vars['nums'] = l_0_nums
        context.exported_vars.add('nums')
        yield '<nav class="pagination" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'pages'))
        yield '">\n'
        if environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'prev_url'):
            pass
            yield '<a class="prev" rel="prev" href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'prev_url')))
            yield '"><span aria-hidden="true">«</span> '
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'newer'))
            if (undefined(name='nums') if l_0_nums is missing else l_0_nums):
                pass
                yield ' <span class="page-num">'
                yield escape(t_1(context, (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') - 1)))
                yield '/'
                yield escape(t_1(context, environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count')))
                yield '</span>'
            yield '</a>'
        if environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'next_url'):
            pass
            yield '<a class="next" rel="next" href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'next_url')))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'older'))
            if (undefined(name='nums') if l_0_nums is missing else l_0_nums):
                pass
                yield ' <span class="page-num">'
                yield escape(t_1(context, (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') + 1)))
                yield '/'
                yield escape(t_1(context, environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'count')))
                yield '</span>'
            yield ' <span aria-hidden="true">»</span></a>'
        yield '</nav>\n'

blocks = {}
debug_info = '1=21&2=23&3=27&4=29&5=43'

# Made by Jinja 3.1.6 from the theme's layouts/partials/pagination.html with `python -m mentorblog.render.theme_code`; do not edit.
