from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'journal.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_minutes = l_0_session_text = l_0_tally_table = l_0_tally_rows = missing
    try:
        t_1 = environment.filters['digits']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'digits' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_5 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    parent_template = environment.get_template('base.html', 'journal.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_n):
        t_7 = []
        l_1_site = resolve('site')
        l_1_hours = missing
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        l_1_hours = t_5((l_1_n / 60), 1)
        l_1_hours = (t_2((undefined(name='hours') if l_1_hours is missing else l_1_hours)) if ((undefined(name='hours') if l_1_hours is missing else l_1_hours) == t_2((undefined(name='hours') if l_1_hours is missing else l_1_hours))) else (undefined(name='hours') if l_1_hours is missing else l_1_hours))
        if (l_1_n >= 60):
            pass
            t_7.append(
                escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'minutes_in_hours', minutes=context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'minute_count', l_1_n), hours=context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'hour_count', (undefined(name='hours') if l_1_hours is missing else l_1_hours)))),
            )
        else:
            pass
            t_7.append(
                escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'minute_count', l_1_n)),
            )
        return concat(t_7)
    context.exported_vars.add('minutes')
    context.vars['minutes'] = l_0_minutes = Macro(environment, macro, 'minutes', ('n',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_8 = []
        l_1_site = resolve('site')
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        if (not t_6(environment.getattr(l_1_s, 'minutes'))):
            pass
            t_8.append(
                escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'minutes_short', environment.getattr(l_1_s, 'minutes'))),
            )
        if environment.getattr(l_1_s, 'people'):
            pass
            if (not t_6(environment.getattr(l_1_s, 'minutes'))):
                pass
                t_8.append(
                    escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'comma')),
                )
            t_8.append(
                escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'with_people', people=t_3(context.eval_ctx, environment.getattr(l_1_s, 'people'), context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'comma')))),
            )
        if environment.getattr(l_1_s, 'kind'):
            pass
            if ((not t_6(environment.getattr(l_1_s, 'minutes'))) or environment.getattr(l_1_s, 'people')):
                pass
                t_8.append(
                    ' ·&nbsp;',
                )
            t_8.append(
                escape(environment.getattr(l_1_s, 'kind')),
            )
        return concat(t_8)
    context.exported_vars.add('session_text')
    context.vars['session_text'] = l_0_session_text = Macro(environment, macro, 'session_text', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_caption, l_1_first, l_1_rows, l_1_other_row, l_1_years):
        t_9 = []
        l_1_site = resolve('site')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_other_row is missing:
            l_1_other_row = False
        if l_1_years is missing:
            l_1_years = False
        pass
        t_9.extend((
            '<div class="table-wrap" role="region" aria-label="',
            escape(l_1_caption),
            '" tabindex="0">\n<table class="tally">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <colgroup><col class="tally-label"><col><col><col></colgroup>\n  <thead><tr><th scope="col">',
            escape(l_1_first),
            '</th><th scope="col">',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'sessions')),
            '</th><th scope="col">',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'minutes')),
            '</th><th scope="col">',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'people')),
            '</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_9.extend((
                '  <tr><th scope="row">',
                escape((context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'kind_other', _loop_vars=_loop_vars) if (l_1_other_row and (environment.getattr(l_2_row, 'label') == 'other')) else (t_1(context, environment.getattr(l_2_row, 'label')) if l_1_years else environment.getattr(l_2_row, 'label')))),
                '</th><td>',
                escape(t_4(context, environment.getattr(l_2_row, 'sessions'))),
                '</td><td>',
                escape(t_4(context, environment.getattr(l_2_row, 'minutes'))),
                '</td><td>',
                escape(t_4(context, environment.getattr(l_2_row, 'people'))),
                '</td></tr>\n',
            ))
        l_2_row = missing
        t_9.append(
            '  </tbody>\n</table>\n</div>\n',
        )
        return concat(t_9)
    context.exported_vars.add('tally_table')
    context.vars['tally_table'] = l_0_tally_table = Macro(environment, macro, 'tally_table', ('caption', 'first', 'rows', 'other_row', 'years'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_caption, l_1_first, l_1_rows):
        t_10 = []
        l_1_site = resolve('site')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_10.extend((
            '<div class="table-wrap" role="region" aria-label="',
            escape(l_1_caption),
            '" tabindex="0">\n<table class="tally tally-months">\n  <caption>',
            escape(l_1_caption),
            '</caption>\n  <colgroup><col class="tally-label"><col><col></colgroup>\n  <thead><tr><th scope="col">',
            escape(l_1_first),
            '</th><th scope="col">',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'sessions')),
            '</th><th scope="col">',
            escape(context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 't'), 'minutes')),
            '</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_10.extend((
                '  <tr><th scope="row">',
                escape(environment.getattr(l_2_row, 'label')),
                '</th><td>',
                escape(t_4(context, environment.getattr(l_2_row, 'sessions'))),
                '</td><td>',
                escape(t_4(context, environment.getattr(l_2_row, 'minutes'))),
                '</td></tr>\n',
            ))
        l_2_row = missing
        t_10.append(
            '  </tbody>\n</table>\n</div>\n',
        )
        return concat(t_10)
    context.exported_vars.add('tally_rows')
    context.vars['tally_rows'] = l_0_tally_rows = Macro(environment, macro, 'tally_rows', ('caption', 'first', 'rows'), False, False, False, context.eval_ctx.autoescape)
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
    l_0_journal = resolve('journal')
    l_0_list_title = resolve('list_title')
    l_0_site = resolve('site')
    l_0_exports = resolve('exports')
    l_0_commitments_url = resolve('commitments_url')
    l_0_charts = resolve('charts')
    l_0_tally_rows = resolve('tally_rows')
    l_0_tally_table = resolve('tally_table')
    l_0_total = l_0_sessions = l_0_spent = l_0_people = missing
    try:
        t_11 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_12 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_13 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_total = environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'total')
    _block_vars['total'] = l_0_total
    yield '<header class="list-header">\n  <h1 class="list-title">'
    yield escape((undefined(name='list_title') if l_0_list_title is missing else l_0_list_title))
    yield '</h1>\n'
    t_14 = []
    pass
    t_14.extend((
        '<strong>',
        escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'session_count', environment.getattr((undefined(name='total') if l_0_total is missing else l_0_total), 'sessions'))),
        '</strong>',
    ))
    l_0_sessions = (Markup if context.eval_ctx.autoescape else identity)(concat(t_14))
    _block_vars['sessions'] = l_0_sessions
    l_1_minutes = resolve('minutes')
    t_15 = []
    pass
    t_15.extend((
        '<strong>',
        escape(context.call((undefined(name='minutes') if l_1_minutes is missing else l_1_minutes), environment.getattr((undefined(name='total') if l_0_total is missing else l_0_total), 'minutes'))),
        '</strong>',
    ))
    l_0_spent = (Markup if context.eval_ctx.autoescape else identity)(concat(t_15))
    _block_vars['spent'] = l_0_spent
    l_1_minutes = missing
    t_16 = []
    pass
    t_16.extend((
        '<strong>',
        escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'person_count', environment.getattr((undefined(name='total') if l_0_total is missing else l_0_total), 'people'))),
        '</strong>',
    ))
    l_0_people = (Markup if context.eval_ctx.autoescape else identity)(concat(t_16))
    _block_vars['people'] = l_0_people
    yield '  <p class="journal-total">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'journal_total', sessions=(undefined(name='sessions') if l_0_sessions is missing else l_0_sessions), minutes=(undefined(name='spent') if l_0_spent is missing else l_0_spent), people=(undefined(name='people') if l_0_people is missing else l_0_people), _block_vars=_block_vars))
    yield '</p>\n'
    if ((undefined(name='exports') if l_0_exports is missing else l_0_exports) or (undefined(name='commitments_url') if l_0_commitments_url is missing else l_0_commitments_url)):
        pass
        yield '<p class="journal-exports">'
        if (undefined(name='exports') if l_0_exports is missing else l_0_exports):
            pass
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'hours_log', _block_vars=_block_vars))
            yield ' '
            l_1_loop = missing
            for (l_1_label, l_1_url), l_1_loop in LoopContext((undefined(name='exports') if l_0_exports is missing else l_0_exports), undefined):
                _loop_vars = {}
                pass
                yield '<a href="'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), l_1_url, _loop_vars=_loop_vars))
                yield '" download>'
                yield escape(l_1_label)
                yield '</a>'
                if (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield ' · '
            l_1_loop = l_1_label = l_1_url = missing
        if ((undefined(name='exports') if l_0_exports is missing else l_0_exports) and (undefined(name='commitments_url') if l_0_commitments_url is missing else l_0_commitments_url)):
            pass
            yield ' · '
        if (undefined(name='commitments_url') if l_0_commitments_url is missing else l_0_commitments_url):
            pass
            yield '<a href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), (undefined(name='commitments_url') if l_0_commitments_url is missing else l_0_commitments_url), _block_vars=_block_vars))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'commitments', _block_vars=_block_vars))
            yield '</a>'
        yield '</p>'
    yield '</header>\n'
    if (undefined(name='charts') if l_0_charts is missing else l_0_charts):
        pass
        yield '<section class="journal-charts" aria-labelledby="charts-title">\n<h2 id="charts-title" class="journal-log-title">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'journal_pictures', _block_vars=_block_vars))
        yield '</h2>\n<figure class="chart-figure">'
        yield escape(environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'months'))
        yield '</figure>\n<details class="chart-data"><summary>'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'every_month_table', _block_vars=_block_vars))
        yield '</summary>\n'
        yield escape(context.call((undefined(name='tally_rows') if l_0_tally_rows is missing else l_0_tally_rows), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_month', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'month', _block_vars=_block_vars), environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'month_rows'), _block_vars=_block_vars))
        yield '\n</details>\n<figure class="chart-figure chart-calendar">\n  <figcaption>'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'calendar_title', _block_vars=_block_vars))
        yield '</figcaption>\n  <p class="chart-summary">'
        yield escape(environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'calendar_summary'))
        yield '</p>\n  <div class="chart-months-grid">'
        yield escape(environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'calendar'))
        yield '</div>\n</figure>\n'
        if environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'people'):
            pass
            yield '<figure class="chart-figure"><figcaption>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'minutes_by_person', _block_vars=_block_vars))
            yield '</figcaption>'
            yield escape(environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'people'))
            yield '</figure>'
        if environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'kinds'):
            pass
            yield '<figure class="chart-figure"><figcaption>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'minutes_by_kind', _block_vars=_block_vars))
            yield '</figcaption>'
            yield escape(environment.getattr((undefined(name='charts') if l_0_charts is missing else l_0_charts), 'kinds'))
            yield '</figure>'
        yield '</section>\n'
    if (t_13(environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'years')) > 0):
        pass
        yield escape(context.call((undefined(name='tally_table') if l_0_tally_table is missing else l_0_tally_table), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_year', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'year', _block_vars=_block_vars), environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'years'), years=True, _block_vars=_block_vars))
    if (t_13(environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'authors')) > 1):
        pass
        yield escape(context.call((undefined(name='tally_table') if l_0_tally_table is missing else l_0_tally_table), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_author', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'author', _block_vars=_block_vars), environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'authors'), _block_vars=_block_vars))
    if (t_13(environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'kinds')) > 1):
        pass
        yield escape(context.call((undefined(name='tally_table') if l_0_tally_table is missing else l_0_tally_table), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'by_kind', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'kind', _block_vars=_block_vars), environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'kinds'), other_row=True, _block_vars=_block_vars))
    yield '<h2 class="journal-log-title">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'every_session', _block_vars=_block_vars))
    yield '</h2>\n<ul class="journal-log">\n'
    l_1_loop = missing
    for l_1_logged, l_1_loop in LoopContext(environment.getattr((undefined(name='journal') if l_0_journal is missing else l_0_journal), 'posts'), undefined):
        l_1_session_text = resolve('session_text')
        l_1_entry = missing
        _loop_vars = {}
        pass
        l_1_entry = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'page'), environment.getattr(l_1_logged, 'page_url'), _loop_vars=_loop_vars)
        _loop_vars['entry'] = l_1_entry
        yield '  <li><a href="'
        yield escape(environment.getattr((undefined(name='entry') if l_1_entry is missing else l_1_entry), 'href'))
        yield '">'
        yield escape(environment.getattr((undefined(name='entry') if l_1_entry is missing else l_1_entry), 'title'))
        yield '</a>'
        if environment.getattr((undefined(name='entry') if l_1_entry is missing else l_1_entry), 'date'):
            pass
            yield ' <time datetime="'
            yield escape(t_12(environment.getattr((undefined(name='entry') if l_1_entry is missing else l_1_entry), 'date')))
            yield '">'
            yield escape(t_11(context, environment.getattr((undefined(name='entry') if l_1_entry is missing else l_1_entry), 'date'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format')))
            yield '</time>'
        if (t_13(environment.getattr(l_1_logged, 'sessions')) == 1):
            pass
            yield '    <p class="session-detail">'
            yield escape(context.call((undefined(name='session_text') if l_1_session_text is missing else l_1_session_text), environment.getitem(environment.getattr(l_1_logged, 'sessions'), 0), _loop_vars=_loop_vars))
            yield '</p>\n'
        else:
            pass
            yield '    <ul class="session-detail" aria-label="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'session_count', t_13(environment.getattr(l_1_logged, 'sessions')), _loop_vars=_loop_vars))
            yield '">\n'
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(environment.getattr(l_1_logged, 'sessions'), undefined):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'session_n', number=environment.getattr(l_2_loop, 'index'), _loop_vars=_loop_vars))
                yield ' '
                yield escape(context.call((undefined(name='session_text') if l_1_session_text is missing else l_1_session_text), l_2_s, _loop_vars=_loop_vars))
                yield '</li>'
            l_2_loop = l_2_s = missing
            yield '    </ul>\n'
        yield '  </li>\n'
    l_1_loop = l_1_logged = l_1_entry = l_1_session_text = missing
    yield '</ul>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=49&3=52&4=74&5=108&6=124&8=126&10=128&12=137&13=142&19=158&20=170&22=172&24=174&26=181&27=186&2=202&33=217&34=252&36=255&37=261&38=287&39=289&41=321&43=324&44=326&45=328&46=330&49=332&50=334&51=336&53=338&54=345&57=353&58=356&59=359&60=363&63=366&64=371&65=374&66=385&67=388&69=393&70=396'

# Made by Jinja 3.1.6 from the theme's layouts/journal.html with `python -m mentorblog.render.theme_code`; do not edit.
