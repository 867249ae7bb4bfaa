from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/visibility_badge.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_badge_page = resolve('badge_page')
    l_0_shown = resolve('shown')
    pass
    if environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'show_private'):
        pass
        l_0_shown = environment.getattr((undefined(name='badge_page') if l_0_badge_page is missing else l_0_badge_page), 'visibility')
        context.vars['shown'] = l_0_shown
        context.exported_vars.add('shown')
        if ((undefined(name='shown') if l_0_shown is missing else l_0_shown) == 'private'):
            pass
            yield ' <span class="badge">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'badge_private'))
            yield '</span>'
        elif ((undefined(name='shown') if l_0_shown is missing else l_0_shown) == 'unlisted'):
            pass
            yield ' <span class="badge">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'badge_unlisted'))
            yield '</span>'
        elif ((undefined(name='shown') if l_0_shown is missing else l_0_shown) == 'shared'):
            pass
            yield ' <span class="badge">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'badge_shared'))
            yield '</span>'

blocks = {}
debug_info = '2=14&3=16&4=19&5=24&6=29'

# Made by Jinja 3.1.6 from the theme's layouts/partials/visibility_badge.html with `python -m mentorblog.render.theme_code`; do not edit.
