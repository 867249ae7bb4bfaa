from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/author_links.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_profile = resolve('profile')
    l_0_site = resolve('site')
    pass
    if environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'links'):
        pass
        yield '<ul class="author-links" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'person_elsewhere', name=environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'name')))
        yield '">\n'
        for (l_1_label, l_1_url) in environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'links'):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape((context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), l_1_url, _loop_vars=_loop_vars) if context.call(environment.getattr(l_1_url, 'startswith'), '/', _loop_vars=_loop_vars) else l_1_url))
            yield '" rel="me noopener">'
            yield escape(l_1_label)
            yield '</a></li>'
        l_1_label = l_1_url = missing
        yield '</ul>\n'

blocks = {}
debug_info = '1=13&2=16&3=18'

# Made by Jinja 3.1.6 from the theme's layouts/partials/author_links.html with `python -m mentorblog.render.theme_code`; do not edit.
