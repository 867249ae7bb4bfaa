from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/entry.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_first_entry = resolve('first_entry')
    l_0_entry = resolve('entry')
    l_0_site = resolve('site')
    l_0_summary = resolve('summary')
    l_0_with_edit = resolve('with_edit')
    l_0_in_list = l_0_badge_page = missing
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_2 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield '<article class="entry h-entry'
    if (undefined(name='first_entry') if l_0_first_entry is missing else l_0_first_entry):
        pass
        yield ' first-entry'
    yield '">\n'
    l_0_in_list = True
    context.vars['in_list'] = l_0_in_list
    context.exported_vars.add('in_list')
    template = environment.get_template('partials/cover.html', 'partials/entry.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'in_list': l_0_in_list, 'summary': l_0_summary, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '  <h2 class="entry-title">'
    if environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'is_sealed'):
        pass
        template = environment.get_template('partials/lock.html', 'partials/entry.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'in_list': l_0_in_list, 'summary': l_0_summary, 'with_edit': l_0_with_edit}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '<span class="visually-hidden">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'badge_shared'))
        yield ': </span> '
    yield '<a class="u-url p-name" href="'
    yield escape(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'href'))
    yield '">'
    yield escape(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'title'))
    yield '</a>'
    if environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'is_draft'):
        pass
        yield ' <span class="badge">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'draft'))
        yield '</span>'
    l_0_badge_page = (undefined(name='entry') if l_0_entry is missing else l_0_entry)
    context.vars['badge_page'] = l_0_badge_page
    context.exported_vars.add('badge_page')
    template = environment.get_template('partials/visibility_badge.html', 'partials/entry.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'in_list': l_0_in_list, 'summary': l_0_summary, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</h2>\n'
    if ((not context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'hideSummary')) and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'summary_text')):
        pass
        l_0_summary = t_2(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'summary_text'))
        context.vars['summary'] = l_0_summary
        context.exported_vars.add('summary')
        yield '  <p class="entry-summary p-summary">'
        yield escape((undefined(name='summary') if l_0_summary is missing else l_0_summary))
        if (environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'is_truncated') and ((undefined(name='summary') if l_0_summary is missing else l_0_summary)[-1:] not in '.!?…')):
            pass
            yield '…'
        yield '</p>\n'
    if (not context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'hidemeta')):
        pass
        l_0_with_edit = False
        context.vars['with_edit'] = l_0_with_edit
        context.exported_vars.add('with_edit')
        template = environment.get_template('partials/meta.html', 'partials/entry.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'in_list': l_0_in_list, 'summary': l_0_summary, 'with_edit': l_0_with_edit}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    if (context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'hidemeta') and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date')):
        pass
        yield '<time class="dt-published" datetime="'
        yield escape(t_1(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date')))
        yield '" hidden></time>'
    if (environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'authors') and (context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'hidemeta') or context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'hideAuthor'))):
        pass
        for l_1_name in environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'authors'):
            _loop_vars = {}
            pass
            yield '<span class="p-author h-card" hidden>'
            yield escape(l_1_name)
            yield '</span>'
        l_1_name = missing
    yield '</article>\n'

blocks = {}
debug_info = '2=30&3=34&4=37&5=44&6=75&7=77&8=81&10=86&11=88&12=91&14=97&15=102'

# Made by Jinja 3.1.6 from the theme's layouts/partials/entry.html with `python -m mentorblog.render.theme_code`; do not edit.
