from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/language_switch.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_output = resolve('output')
    l_0_switch = missing
    pass
    l_0_switch = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'switch_links'), (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url') if ((undefined(name='page') if l_0_page is missing else l_0_page) and (environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'page')) else environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'url')))
    context.vars['switch'] = l_0_switch
    context.exported_vars.add('switch')
    if (undefined(name='switch') if l_0_switch is missing else l_0_switch):
        pass
        yield '    <ul class="lang-switch" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'languages'))
        yield '">\n'
        for l_1_link in (undefined(name='switch') if l_0_switch is missing else l_0_switch):
            _loop_vars = {}
            pass
            yield '      <li><a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(l_1_link, 'url'), _loop_vars=_loop_vars))
            yield '" hreflang="'
            yield escape(environment.getattr(l_1_link, 'locale'))
            yield '" lang="'
            yield escape(environment.getattr(l_1_link, 'locale'))
            yield '"'
            if (environment.getattr(l_1_link, 'direction') != environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'direction')):
                pass
                yield ' dir="'
                yield escape(environment.getattr(l_1_link, 'direction'))
                yield '"'
            yield '>'
            yield escape(environment.getattr(l_1_link, 'name'))
            yield '</a></li>\n'
        l_1_link = missing
        yield '    </ul>\n'

blocks = {}
debug_info = '2=15&3=18&4=21&5=23&6=27'

# Made by Jinja 3.1.6 from the theme's layouts/partials/language_switch.html with `python -m mentorblog.render.theme_code`; do not edit.
