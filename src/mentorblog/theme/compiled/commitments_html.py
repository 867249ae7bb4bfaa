from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'commitments.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_days = l_0_link = l_0_when = l_0_item_line = l_0_group_list = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    parent_template = environment.get_template('base.html', 'commitments.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_n):
        t_5 = []
        l_1_site = resolve('site')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_5.append(
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'day_count', l_1_n)),
        )
        return concat(t_5)
    context.exported_vars.add('days')
    context.vars['days'] = l_0_days = Macro(environment, macro, 'days', ('n',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_6 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        t_6.extend((
            '<a href="',
            escape(environment.getattr(l_1_entry, 'href')),
            '">',
            escape(environment.getattr(l_1_entry, 'title')),
            '</a>',
        ))
        return concat(t_6)
    context.exported_vars.add('link')
    context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('entry',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_moment):
        t_7 = []
        l_1_site = resolve('site')
        if l_1_moment is missing:
            l_1_moment = undefined("parameter 'moment' was not provided", name='moment')
        pass
        t_7.extend((
            '<time datetime="',
            escape(t_2(l_1_moment)),
            '">',
            escape(t_1(context, l_1_moment, environment.getattr(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'config'), 'date_format'))),
            '</time>',
        ))
        return concat(t_7)
    context.exported_vars.add('when')
    context.vars['when'] = l_0_when = Macro(environment, macro, 'when', ('moment',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_item, l_1_c):
        t_8 = []
        l_1_site = resolve('site')
        l_1_age = resolve('age')
        l_1_closed = resolve('closed')
        l_1_made = missing
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        l_1_made = context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'page'), environment.getattr(l_1_item, 'opened'))
        t_8.extend((
            '<li><span class="commitment-state is-',
            escape(environment.getattr(l_1_item, 'status')),
            '">',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), markup_join(('status_', environment.getattr(l_1_item, 'status'), )))),
            '</span> ',
            escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'text')),
            '\n  <span class="commitment-meta">',
        ))
        if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner'):
            pass
            t_8.extend((
                escape(environment.getattr(environment.getattr(l_1_item, 'commitment'), 'owner')),
                ' · ',
            ))
        t_8.append(
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'made_in', post=context.call((undefined(name='link') if l_0_link is missing else l_0_link), (undefined(name='made') if l_1_made is missing else l_1_made)))),
        )
        if (environment.getattr(l_1_item, 'status') == 'open'):
            pass
            l_1_age = context.call(environment.getattr(l_1_c, 'age'), l_1_item)
            if (not t_4((undefined(name='age') if l_1_age is missing else l_1_age))):
                pass
                t_8.extend((
                    ', ',
                    escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'open_for', days=context.call((undefined(name='days') if l_0_days is missing else l_0_days), (undefined(name='age') if l_1_age is missing else l_1_age)))),
                ))
            if environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due'):
                pass
                t_8.extend((
                    ', ',
                    escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'due_on', date=context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(environment.getattr(l_1_item, 'commitment'), 'due')))),
                ))
        else:
            pass
            l_1_closed = context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'page'), environment.getattr(l_1_item, 'closed'))
            l_1_age = context.call(environment.getattr(l_1_c, 'age'), l_1_item)
            t_8.extend((
                ', ',
                escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), markup_join((environment.getattr(l_1_item, 'status'), '_in', )), post=context.call((undefined(name='link') if l_0_link is missing else l_0_link), (undefined(name='closed') if l_1_closed is missing else l_1_closed)))),
            ))
            if (not t_4((undefined(name='age') if l_1_age is missing else l_1_age))):
                pass
                t_8.extend((
                    ' ',
                    escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'after_days', days=context.call((undefined(name='days') if l_0_days is missing else l_0_days), (undefined(name='age') if l_1_age is missing else l_1_age)))),
                ))
            if environment.getattr(l_1_item, 'note'):
                pass
                t_8.extend((
                    ': ',
                    escape(environment.getattr(l_1_item, 'note')),
                ))
        t_8.append(
            '  </span>\n</li>\n',
        )
        return concat(t_8)
    context.exported_vars.add('item_line')
    context.vars['item_line'] = l_0_item_line = Macro(environment, macro, 'item_line', ('item', 'c'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_groups, l_1_prefix, l_1_c):
        t_9 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_prefix is missing:
            l_1_prefix = undefined("parameter 'prefix' was not provided", name='prefix')
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        l_2_loop = missing
        for l_2_g, l_2_loop in LoopContext(l_1_groups, undefined):
            l_2_site = resolve('site')
            _loop_vars = {}
            pass
            t_9.extend((
                '<section aria-labelledby="',
                escape(l_1_prefix),
                '-',
                escape(environment.getattr(l_2_loop, 'index')),
                '">\n  <h3 id="',
                escape(l_1_prefix),
                '-',
                escape(environment.getattr(l_2_loop, 'index')),
                '">',
                escape(environment.getattr(l_2_g, 'label')),
                ' <span class="commitment-counts">· ',
                escape(context.call(environment.getattr((undefined(name='site') if l_2_site is missing else l_2_site), 't'), 'open_count', t_3(environment.getattr(l_2_g, 'open')), _loop_vars=_loop_vars)),
                ', ',
                escape(context.call(environment.getattr((undefined(name='site') if l_2_site is missing else l_2_site), 't'), 'done_count', t_3(environment.getattr(l_2_g, 'done')), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_g, 'dropped'):
                pass
                t_9.extend((
                    ', ',
                    escape(context.call(environment.getattr((undefined(name='site') if l_2_site is missing else l_2_site), 't'), 'dropped_count', t_3(environment.getattr(l_2_g, 'dropped')), _loop_vars=_loop_vars)),
                ))
            t_9.append(
                '</span></h3>\n  <ul class="commitment-list">\n',
            )
            for l_3_item in environment.getattr(l_2_g, 'open'):
                _loop_vars = {}
                pass
                t_9.append(
                    escape(context.call((undefined(name='item_line') if l_0_item_line is missing else l_0_item_line), l_3_item, l_1_c, _loop_vars=_loop_vars)),
                )
            l_3_item = missing
            for l_3_item in environment.getattr(l_2_g, 'done'):
                _loop_vars = {}
                pass
                t_9.append(
                    escape(context.call((undefined(name='item_line') if l_0_item_line is missing else l_0_item_line), l_3_item, l_1_c, _loop_vars=_loop_vars)),
                )
            l_3_item = missing
            for l_3_item in environment.getattr(l_2_g, 'dropped'):
                _loop_vars = {}
                pass
                t_9.append(
                    escape(context.call((undefined(name='item_line') if l_0_item_line is missing else l_0_item_line), l_3_item, l_1_c, _loop_vars=_loop_vars)),
                )
            l_3_item = missing
            t_9.append(
                '  </ul>\n</section>\n',
            )
        l_2_loop = l_2_g = l_2_site = missing
        return concat(t_9)
    context.exported_vars.add('group_list')
    context.vars['group_list'] = l_0_group_list = Macro(environment, macro, 'group_list', ('groups', 'prefix', 'c'), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    yield '<link rel="stylesheet" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/lists.css', _block_vars=_block_vars))
    yield '"><link rel="stylesheet" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/journal.css', _block_vars=_block_vars))
    yield '">'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_commitments = resolve('commitments')
    l_0_list_title = resolve('list_title')
    l_0_site = resolve('site')
    l_0_when = resolve('when')
    l_0_group_list = resolve('group_list')
    l_0_c = l_0_strong_count = missing
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_c = (undefined(name='commitments') if l_0_commitments is missing else l_0_commitments)
    _block_vars['c'] = l_0_c
    yield '<header class="list-header">\n  <h1 class="list-title">'
    yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
    yield '</h1>\n'
    def macro(l_1_key, l_1_n):
        t_10 = []
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_10.extend((
            '<strong>',
            escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), l_1_key, l_1_n)),
            '</strong>',
        ))
        return concat(t_10)
    l_0_strong_count = Macro(environment, macro, 'strong_count', ('key', 'n'), False, False, False, context.eval_ctx.autoescape)
    yield '  <p class="journal-total">'
    yield escape(context.call((undefined(name='strong_count') if l_0_strong_count is missing else l_0_strong_count), 'open_count', t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'open')), _block_vars=_block_vars))
    yield ', '
    yield escape(context.call((undefined(name='strong_count') if l_0_strong_count is missing else l_0_strong_count), 'done_count', t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'done')), _block_vars=_block_vars))
    yield ', '
    yield escape(context.call((undefined(name='strong_count') if l_0_strong_count is missing else l_0_strong_count), 'dropped_count', t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'dropped')), _block_vars=_block_vars))
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'as_of'):
        pass
        yield '; '
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'ages_counted_to', date=context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'as_of'), _block_vars=_block_vars), _block_vars=_block_vars))
    yield '.</p>\n</header>\n<h2 class="journal-log-title">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_journey', _block_vars=_block_vars))
    yield '</h2>\n'
    yield escape(context.call((undefined(name='group_list') if l_0_group_list is missing else l_0_group_list), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'by_journey'), 'journey', (undefined(name='c') if l_0_c is missing else l_0_c), _block_vars=_block_vars))
    yield '\n<h2 class="journal-log-title">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_person', _block_vars=_block_vars))
    yield '</h2>\n'
    yield escape(context.call((undefined(name='group_list') if l_0_group_list is missing else l_0_group_list), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'by_person'), 'person', (undefined(name='c') if l_0_c is missing else l_0_c), _block_vars=_block_vars))
    yield '\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=37&3=40&4=52&5=67&6=83&7=94&8=97&10=104&11=111&12=113&13=130&18=154&19=164&20=170&21=174&23=193&24=200&25=207&2=223&30=238&31=258&33=261&34=263&35=278&37=288&38=290&39=292&40=294'

# Made by Jinja 3.1.6 from the theme's layouts/commitments.html with `python -m mentorblog.render.theme_code`; do not edit.
