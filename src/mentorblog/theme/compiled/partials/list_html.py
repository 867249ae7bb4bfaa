from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/list.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_output = resolve('output')
    l_0_pager = resolve('pager')
    l_0_site = resolve('site')
    l_0_items = resolve('items')
    l_0_list_title = resolve('list_title')
    l_0_page = resolve('page')
    l_0_special = missing
    pass
    l_0_special = (((((environment.getattr((undefined(name='output') if l_0_output is missing else l_0_output), 'kind') == 'home') and (undefined(name='pager') if l_0_pager is missing else l_0_pager)) and (environment.getattr((undefined(name='pager') if l_0_pager is missing else l_0_pager), 'number') == 1)) and (not context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'disableSpecial1stPost'))) and (not context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'homeInfoParams')))
    context.vars['special'] = l_0_special
    context.exported_vars.add('special')
    if (undefined(name='items') if l_0_items is missing else l_0_items):
        pass
        yield '<div class="entries h-feed">\n<data class="p-name" value="'
        yield escape(((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title) or environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
        yield '"></data>\n'
        l_1_loop = missing
        for l_1_entry, l_1_loop in LoopContext((undefined(name='items') if l_0_items is missing else l_0_items), undefined):
            _loop_vars = {}
            pass
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'entry'), l_1_entry, ((undefined(name='special') if l_0_special is missing else l_0_special) and environment.getattr(l_1_loop, 'first')), _loop_vars=_loop_vars))
        l_1_loop = l_1_entry = missing
        yield '</div>\n'
    elif (not ((undefined(name='page') if l_0_page is missing else l_0_page) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))):
        pass
        yield '<p class="empty">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'nothing_yet'))
        yield '</p>\n'
    template = environment.get_template('partials/pagination.html', 'partials/list.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'special': l_0_special}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '3=18&5=21&7=24&8=27&9=30&12=33&14=38'

# Made by Jinja 3.1.6 from the theme's layouts/partials/list.html with `python -m mentorblog.render.theme_code`; do not edit.
