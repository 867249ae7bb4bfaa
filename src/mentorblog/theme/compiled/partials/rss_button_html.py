from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/rss_button.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_feed_url = resolve('feed_url')
    l_0_feed_title = resolve('feed_title')
    pass
    yield '<a class="rss-button" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), (undefined(name='feed_url') if l_0_feed_url is missing else l_0_feed_url)))
    yield '" title="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'rss_feed'))
    yield '" aria-label="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'rss_feed_for', title=(undefined(name='feed_title') if l_0_feed_title is missing else l_0_feed_title)))
    yield '"><svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path d="M5 11a8 8 0 0 1 8 8M5 4.5A14.5 14.5 0 0 1 19.5 19" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/><circle cx="6" cy="18" r="1.9" fill="currentColor"/></svg></a>\n'

blocks = {}
debug_info = '2=15'

# Made by Jinja 3.1.6 from the theme's layouts/partials/rss_button.html with `python -m mentorblog.render.theme_code`; do not edit.
