from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'post.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'post.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    l_0_entry = resolve('entry')
    l_0_with_edit = resolve('with_edit')
    l_0_text_language = l_0_badge_page = l_0_in_list = missing
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
    l_0_text_language = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'text_language')
    _block_vars['text_language'] = l_0_text_language
    yield '<article class="post h-entry"'
    if (undefined(name='text_language') if l_0_text_language is missing else l_0_text_language):
        pass
        yield ' lang="'
        yield escape(environment.getattr((undefined(name='text_language') if l_0_text_language is missing else l_0_text_language), 'locale'))
        yield '"'
        if (environment.getattr((undefined(name='text_language') if l_0_text_language is missing else l_0_text_language), 'direction') != environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'direction')):
            pass
            yield ' dir="'
            yield escape(environment.getattr((undefined(name='text_language') if l_0_text_language is missing else l_0_text_language), 'direction'))
            yield '"'
    yield '>\n'
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'reading_minutes') >= 3):
        pass
        yield '<div class="reading-progress" aria-hidden="true"><span></span></div>'
    yield '  <header class="post-header">\n'
    template = environment.get_template('partials/breadcrumbs.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '    <h1 class="post-title p-name"'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_sealed'):
        pass
        yield ' data-sealed-title'
    yield '>'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_sealed'):
        pass
        template = environment.get_template('partials/lock.html', 'post.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield ' '
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_draft'):
        pass
        yield ' <span class="badge">'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'draft', _block_vars=_block_vars))
        yield '</span>'
    l_0_badge_page = (undefined(name='page') if l_0_page is missing else l_0_page)
    _block_vars['badge_page'] = l_0_badge_page
    template = environment.get_template('partials/visibility_badge.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</h1>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description'):
        pass
        yield '<p class="post-description p-summary">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description'))
        yield '</p>'
    yield '    <div class="post-meta">\n'
    if (not context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'hidemeta', _block_vars=_block_vars)):
        pass
        l_0_entry = (undefined(name='page') if l_0_page is missing else l_0_page)
        _block_vars['entry'] = l_0_entry
        l_0_with_edit = True
        _block_vars['with_edit'] = l_0_with_edit
        template = environment.get_template('partials/meta.html', 'post.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '    <div class="text-size" role="group" aria-label="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'text_size', _block_vars=_block_vars))
    yield '" hidden>\n      <button type="button" data-step="-1" title="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'smaller_text', _block_vars=_block_vars))
    yield '"><span aria-hidden="true">A−</span><span class="visually-hidden">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'smaller_text', _block_vars=_block_vars))
    yield '</span></button>\n      <button type="button" data-step="1" title="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'larger_text', _block_vars=_block_vars))
    yield '"><span aria-hidden="true">A+</span><span class="visually-hidden">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'larger_text', _block_vars=_block_vars))
    yield '</span></button>\n    </div>\n    </div>\n'
    template = environment.get_template('partials/session.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_sealed'):
        pass
        yield '<div data-sealed-sessions hidden></div>'
    template = environment.get_template('partials/thread_link.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/also_in.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '    <data class="u-url" value="'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'permalink'))
    yield '"></data>\n'
    if ((not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'description')) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary_text')):
        pass
        yield '<data class="p-summary" value="'
        yield escape(t_2(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary_text')))
        yield '"></data>'
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'hidemeta', _block_vars=_block_vars) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'date')):
        pass
        yield '<time class="dt-published" datetime="'
        yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'date')))
        yield '" hidden></time>'
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'authors') and (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'hidemeta', _block_vars=_block_vars) or context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'hideAuthor', _block_vars=_block_vars))):
        pass
        for l_1_name in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'authors'):
            _loop_vars = {}
            pass
            yield '<span class="p-author h-card" hidden>'
            yield escape(l_1_name)
            yield '</span>'
        l_1_name = missing
    yield '  </header>\n'
    l_0_entry = (undefined(name='page') if l_0_page is missing else l_0_page)
    _block_vars['entry'] = l_0_entry
    l_0_in_list = False
    _block_vars['in_list'] = l_0_in_list
    template = environment.get_template('partials/cover.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/toc.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_sealed'):
        pass
        template = environment.get_template('partials/sealed.html', 'post.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    elif environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'):
        pass
        if ('<aside class="private-note"' in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content')):
            pass
            yield '<link rel="stylesheet" href="'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/private.css', _block_vars=_block_vars))
            yield '">'
        yield '  <div class="post-content e-content'
        if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'disableAnchoredHeadings', _block_vars=_block_vars):
            pass
            yield ' no-anchors'
        yield '">\n    '
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))
        yield '\n  </div>\n'
    template = environment.get_template('partials/commitments.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/replies.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '  <footer class="post-footer">\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_sealed'):
        pass
        yield '<ul class="post-tags" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'tags', _block_vars=_block_vars))
        yield '" data-sealed-tags hidden></ul>'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'tags'):
        pass
        yield '    <ul class="post-tags" aria-label="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'tags', _block_vars=_block_vars))
        yield '">\n'
        for (l_1_name, l_1_url) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'tags'):
            _loop_vars = {}
            pass
            yield '<li>'
            if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'visibility') == 'public'):
                pass
                yield '<a class="p-category" href="'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), l_1_url, _loop_vars=_loop_vars))
                yield '">'
                yield escape(l_1_name)
                yield '</a>'
            else:
                pass
                yield '<span class="p-category">'
                yield escape(l_1_name)
                yield '</span>'
            yield '</li>'
        l_1_name = l_1_url = missing
        yield '    </ul>\n'
    template = environment.get_template('partials/series.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/author_box.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/related.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/post_nav.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('partials/share.html', 'post.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '  </footer>\n'
    if context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'comments', _block_vars=_block_vars):
        pass
        template = environment.get_template('partials/comments.html', 'post.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'badge_page': l_0_badge_page, 'entry': l_0_entry, 'in_list': l_0_in_list, 'text_language': l_0_text_language, 'with_edit': l_0_with_edit}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</article>\n'

def block_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    try:
        t_3 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'is_sealed'):
        pass
        yield '<script src="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'js/sealed.js', _block_vars=_block_vars))
        yield '" defer></script>'
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'ShowCodeCopyButtons', _block_vars=_block_vars) and ('<div class="highlight">' in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'content'))):
        pass
        yield '<script src="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'js/copy.js', _block_vars=_block_vars))
        yield '"'
        if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang') and (not context.call(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang'), 'startswith'), 'en', _block_vars=_block_vars))):
            pass
            yield " data-words='"
            yield escape(t_3(context.eval_ctx, context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'words'), 'copy_code', 'copied', 'copy_failed', _block_vars=_block_vars)))
            yield "'"
        yield ' defer></script>'
    if (context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'param'), 'showToc', _block_vars=_block_vars) and environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'toc')):
        pass
        yield '<script src="'
        yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'js/toc.js', _block_vars=_block_vars))
        yield '" defer></script>'

blocks = {'main': block_main, 'scripts': block_scripts}
debug_info = '1=12&2=17&3=42&4=45&5=56&7=60&8=67&9=95&11=101&12=103&13=107&16=114&17=116&18=120&21=124&22=130&23=133&24=139&26=146&27=148&28=153&29=158&31=168&32=172&33=178&34=184&35=186&36=192&37=194&38=200&39=204&42=206&43=212&45=219&46=224&47=227&49=229&52=248&53=254&54=260&55=266&56=272&58=279&61=289&62=305&63=310&64=321'

# Made by Jinja 3.1.6 from the theme's layouts/post.html with `python -m mentorblog.render.theme_code`; do not edit.
