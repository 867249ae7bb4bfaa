from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '404.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_site = resolve('site')
    l_0_list_title = missing
    pass
    parent_template = environment.get_template('base.html', '404.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_list_title = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'not_found')
    context.vars['list_title'] = l_0_list_title
    context.exported_vars.add('list_title')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    yield '<div class="not-found">\n  <h1>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'not_found', _block_vars=_block_vars))
    yield '</h1>\n  <p>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'not_found_text', _block_vars=_block_vars))
    yield '</p>\n  <p class="not-found-links"><a href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'home_url'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'go_home', _block_vars=_block_vars))
    yield '</a>'
    for l_1_item in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'menu'):
        _loop_vars = {}
        pass
        yield ' <a href="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), environment.getattr(l_1_item, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_item, 'name'))
        yield '</a>'
    l_1_item = missing
    yield '</p>\n</div>\n'

blocks = {'main': block_main}
debug_info = '1=14&2=17&3=22&5=32&6=34&7=36'

# Made by Jinja 3.1.6 from the theme's layouts/404.html with `python -m mentorblog.render.theme_code`; do not edit.
