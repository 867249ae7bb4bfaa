from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/meta.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entry = resolve('entry')
    l_0_with_edit = resolve('with_edit')
    l_0_namespace = resolve('namespace')
    l_0_ns = resolve('ns')
    l_0_site = resolve('site')
    l_0_replies = resolve('replies')
    l_0_show_time = l_0_show_words = l_0_show_authors = l_0_show_updated = l_0_edit_url = l_0_canonical = missing
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
    pass
    l_0_show_time = (context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'ShowReadingTime') and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'reading_minutes'))
    context.vars['show_time'] = l_0_show_time
    context.exported_vars.add('show_time')
    l_0_show_words = (context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'ShowWordCount') and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'word_count'))
    context.vars['show_words'] = l_0_show_words
    context.exported_vars.add('show_words')
    l_0_show_authors = (environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'authors') and (not context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'hideAuthor')))
    context.vars['show_authors'] = l_0_show_authors
    context.exported_vars.add('show_authors')
    l_0_show_updated = (((((undefined(name='with_edit') if l_0_with_edit is missing else l_0_with_edit) and context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'ShowLastMod')) and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date')) and environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'lastmod')) and (t_1(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'lastmod'), '%Y-%m-%d') != t_1(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date'), '%Y-%m-%d')))
    context.vars['show_updated'] = l_0_show_updated
    context.exported_vars.add('show_updated')
    l_0_edit_url = (environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'edit_url') if (undefined(name='with_edit') if l_0_with_edit is missing else l_0_with_edit) else None)
    context.vars['edit_url'] = l_0_edit_url
    context.exported_vars.add('edit_url')
    l_0_canonical = (environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'canonical_url') if ((undefined(name='with_edit') if l_0_with_edit is missing else l_0_with_edit) and context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'ShowCanonicalLink')) else '')
    context.vars['canonical'] = l_0_canonical
    context.exported_vars.add('canonical')
    if (((((environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date') or (undefined(name='show_time') if l_0_show_time is missing else l_0_show_time)) or (undefined(name='show_words') if l_0_show_words is missing else l_0_show_words)) or (undefined(name='show_authors') if l_0_show_authors is missing else l_0_show_authors)) or (undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url)) or (undefined(name='canonical') if l_0_canonical is missing else l_0_canonical)):
        pass
        l_0_ns = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), first=True)
        context.vars['ns'] = l_0_ns
        context.exported_vars.add('ns')
        yield '<div class="meta">'
        if environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date'):
            pass
            yield '<time class="dt-published" datetime="'
            yield escape(t_2(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date')))
            yield '">'
            yield escape(t_1(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'date'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format')))
            yield '</time>'
            if not isinstance(l_0_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_ns['first'] = False
        if (undefined(name='show_updated') if l_0_show_updated is missing else l_0_show_updated):
            pass
            if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                pass
                yield '<span class="sep" aria-hidden="true"> ·&nbsp;</span>'
            yield '<span class="updated">'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'updated'))
            yield ' <time class="dt-updated" datetime="'
            yield escape(t_2(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'lastmod')))
            yield '">'
            yield escape(t_1(context, environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'lastmod'), environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'date_format')))
            yield '</time></span>'
            if not isinstance(l_0_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_ns['first'] = False
        if (undefined(name='show_time') if l_0_show_time is missing else l_0_show_time):
            pass
            if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                pass
                yield '<span class="sep" aria-hidden="true"> ·&nbsp;</span>'
            yield '<span>'
            yield escape(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'reading_time_text'))
            yield '</span>'
            if not isinstance(l_0_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_ns['first'] = False
        if (undefined(name='show_words') if l_0_show_words is missing else l_0_show_words):
            pass
            if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                pass
                yield '<span class="sep" aria-hidden="true"> ·&nbsp;</span>'
            yield '<span>'
            yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'word_count', environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'word_count')))
            yield '</span>'
            if not isinstance(l_0_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_ns['first'] = False
        if (undefined(name='show_authors') if l_0_show_authors is missing else l_0_show_authors):
            pass
            if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                pass
                yield '<span class="sep" aria-hidden="true"> ·&nbsp;</span>'
            yield '<span class="authors">'
            l_1_loop = missing
            for (l_1_name, l_1_url), l_1_loop in LoopContext(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'author_links'), undefined):
                _loop_vars = {}
                pass
                if l_1_url:
                    pass
                    yield '<a class="p-author h-card" href="'
                    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), l_1_url, _loop_vars=_loop_vars))
                    yield '">'
                    yield escape(l_1_name)
                    yield '</a>'
                else:
                    pass
                    yield '<span class="p-author h-card">'
                    yield escape(l_1_name)
                    yield '</span>'
                if (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield ', '
            l_1_loop = l_1_name = l_1_url = missing
            yield '</span>'
            if not isinstance(l_0_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_ns['first'] = False
        if (not (undefined(name='with_edit') if l_0_with_edit is missing else l_0_with_edit)):
            pass
            l_0_replies = environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'reply_count')
            context.vars['replies'] = l_0_replies
            context.exported_vars.add('replies')
            if (undefined(name='replies') if l_0_replies is missing else l_0_replies):
                pass
                if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                    pass
                    yield '<span class="sep" aria-hidden="true"> ·&nbsp;</span>'
                yield '<a class="reply-count" href="'
                yield escape(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'href'))
                yield '#replies-title">'
                yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'reply_count', (undefined(name='replies') if l_0_replies is missing else l_0_replies)))
                yield '</a>'
                if not isinstance(l_0_ns, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_ns['first'] = False
        if (undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url):
            pass
            if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                pass
                yield '<span class="sep" aria-hidden="true"> |&#8288;&nbsp;</span>'
            yield '<a href="'
            yield escape((undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url))
            yield '" rel="noopener">'
            yield escape(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'edit_text'))
            yield '</a>'
            if not isinstance(l_0_ns, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_ns['first'] = False
        if (undefined(name='canonical') if l_0_canonical is missing else l_0_canonical):
            pass
            if (not environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'first')):
                pass
                yield '<span class="sep" aria-hidden="true"> |&#8288;&nbsp;</span>'
            yield '<a href="'
            yield escape((undefined(name='canonical') if l_0_canonical is missing else l_0_canonical))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'param'), 'CanonicalLinkText', context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'originally_at')))
            yield ' '
            yield escape((environment.getitem(context.call(environment.getattr((undefined(name='canonical') if l_0_canonical is missing else l_0_canonical), 'split'), '/'), 2) if ('://' in (undefined(name='canonical') if l_0_canonical is missing else l_0_canonical)) else (undefined(name='canonical') if l_0_canonical is missing else l_0_canonical)))
            yield '</a>'
        yield '</div>\n'

blocks = {}
debug_info = '3=30&4=33&5=36&6=39&8=42&9=45&10=48&11=50&13=54&14=64&15=79&16=90&17=101&18=131&19=149&20=162'

# Made by Jinja 3.1.6 from the theme's layouts/partials/meta.html with `python -m mentorblog.render.theme_code`; do not edit.
