from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/post_nav.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_n = resolve('n')
    l_0_site = resolve('site')
    l_0_newer = l_0_older = l_0_journey = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    (l_0_newer, l_0_older) = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'neighbours')
    context.vars.update({'newer': l_0_newer, 'older': l_0_older})
    context.exported_vars.update(('newer', 'older'))
    l_0_journey = (environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'journeys'), 0) if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'journeys') else None)
    context.vars['journey'] = l_0_journey
    context.exported_vars.add('journey')
    if (undefined(name='journey') if l_0_journey is missing else l_0_journey):
        pass
        l_0_n = context.call(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'part_of'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url'))
        context.vars['n'] = l_0_n
        context.exported_vars.add('n')
        l_0_newer = (environment.getitem(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'parts'), ((undefined(name='n') if l_0_n is missing else l_0_n) - 2)) if ((undefined(name='n') if l_0_n is missing else l_0_n) > 1) else None)
        context.vars['newer'] = l_0_newer
        context.exported_vars.add('newer')
        l_0_older = (environment.getitem(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'parts'), (undefined(name='n') if l_0_n is missing else l_0_n)) if ((undefined(name='n') if l_0_n is missing else l_0_n) < t_1(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'parts'))) else None)
        context.vars['older'] = l_0_older
        context.exported_vars.add('older')
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowPostNavLinks') and ((undefined(name='newer') if l_0_newer is missing else l_0_newer) or (undefined(name='older') if l_0_older is missing else l_0_older))):
        pass
        yield '<nav class="post-nav" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'more_posts'))
        yield '">\n'
        if (undefined(name='newer') if l_0_newer is missing else l_0_newer):
            pass
            yield '<a class="prev" rel="prev" href="'
            yield escape(environment.getattr((undefined(name='newer') if l_0_newer is missing else l_0_newer), 'href'))
            yield '"><span class="post-nav-label"><span aria-hidden="true">« </span>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'prev'))
            yield '</span> <span class="post-nav-title">'
            yield escape(environment.getattr((undefined(name='newer') if l_0_newer is missing else l_0_newer), 'link_title'))
            yield '</span></a>'
        if (undefined(name='older') if l_0_older is missing else l_0_older):
            pass
            yield '<a class="next" rel="next" href="'
            yield escape(environment.getattr((undefined(name='older') if l_0_older is missing else l_0_older), 'href'))
            yield '"><span class="post-nav-label">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'next'))
            yield '<span aria-hidden="true"> »</span></span> <span class="post-nav-title">'
            yield escape(environment.getattr((undefined(name='older') if l_0_older is missing else l_0_older), 'link_title'))
            yield '</span></a>'
        yield '</nav>\n'

blocks = {}
debug_info = '3=21&4=24&5=27&6=29&7=32&8=35&10=38&11=41&12=43&13=52'

# Made by Jinja 3.1.6 from the theme's layouts/partials/post_nav.html with `python -m mentorblog.render.theme_code`; do not edit.
