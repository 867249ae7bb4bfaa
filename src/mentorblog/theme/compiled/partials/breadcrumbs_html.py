from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/breadcrumbs.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_trail = resolve('trail')
    l_0_crumbs = resolve('crumbs')
    l_0_site = resolve('site')
    l_0_wanted = resolve('wanted')
    l_0_page = resolve('page')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_2 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    if t_1((undefined(name='trail') if l_0_trail is missing else l_0_trail)):
        pass
        l_0_crumbs = (undefined(name='trail') if l_0_trail is missing else l_0_trail)
        context.vars['crumbs'] = l_0_crumbs
        context.exported_vars.add('crumbs')
        l_0_wanted = (not t_2(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'ShowBreadCrumbs'), False))
        context.vars['wanted'] = l_0_wanted
        context.exported_vars.add('wanted')
    else:
        pass
        l_0_crumbs = (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'breadcrumbs') if (undefined(name='page') if l_0_page is missing else l_0_page) else [])
        context.vars['crumbs'] = l_0_crumbs
        context.exported_vars.add('crumbs')
        l_0_wanted = (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowBreadCrumbs') if (undefined(name='page') if l_0_page is missing else l_0_page) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'ShowBreadCrumbs'))
        context.vars['wanted'] = l_0_wanted
        context.exported_vars.add('wanted')
    if (undefined(name='wanted') if l_0_wanted is missing else l_0_wanted):
        pass
        yield '<nav class="breadcrumbs" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'breadcrumb'))
        yield '">\n  <a href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url')))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'home'))
        yield '</a>'
        def t_3(fiter):
            l_1_output = resolve('output')
            for (l_1_title, l_1_url) in fiter:
                if (l_1_url != environment.getattr((undefined(name='output') if l_1_output is missing else l_1_output), 'url')):
                    yield (l_1_title, l_1_url)
        for (l_1_title, l_1_url) in t_3((undefined(name='crumbs') if l_0_crumbs is missing else l_0_crumbs)):
            _loop_vars = {}
            pass
            yield '<span aria-hidden="true"> › </span><a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), l_1_url, _loop_vars=_loop_vars))
            yield '">'
            yield escape(l_1_title)
            yield '</a>'
        l_1_title = l_1_url = missing
        yield '</nav>\n'

blocks = {}
debug_info = '5=28&6=30&8=38&10=44&11=47&12=49'

# Made by Jinja 3.1.6 from the theme's layouts/partials/breadcrumbs.html with `python -m mentorblog.render.theme_code`; do not edit.
