from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'alias.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_address = missing
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '">\n<head>\n<meta charset="utf-8">\n<title>'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink'))
    yield '</title>\n<link rel="canonical" href="'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink'))
    yield '">\n<meta name="robots" content="noindex">\n<meta http-equiv="refresh" content="0; url='
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink'))
    yield '">\n</head>\n<body>\n'
    t_1 = []
    pass
    t_1.extend((
        '<a href="',
        escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink')),
        '">',
        escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink')),
        '</a>',
    ))
    l_0_address = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    context.vars['address'] = l_0_address
    context.exported_vars.add('address')
    yield '<p>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'moved_to', address=(undefined(name='address') if l_0_address is missing else l_0_address)))
    yield '</p>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=15&5=17&6=19&8=21&11=27&12=36'

# Made by Jinja 3.1.6 from the theme's layouts/alias.html with `python -m mentorblog.render.theme_code`; do not edit.
