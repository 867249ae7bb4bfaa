from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/sealed.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_2 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield '<div class="sealed" data-sealed data-sealed-context="'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'url'))
    yield '"'
    if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang') and (not context.call(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'lang'), 'startswith'), 'en'))):
        pass
        yield " data-words='"
        yield escape(t_2(context.eval_ctx, context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'words'), 'sealed_opening', 'sealed_wrong', 'sealed_not_kept', 'sealed_no_crypto', 'sealed_forgotten')))
        yield "'"
    yield '>\n<link rel="stylesheet" href="'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'asset'), 'css/sealed.css'))
    yield '">\n  <form class="sealed-form" data-sealed-form hidden>\n    <p>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'sealed_intro'))
    yield '</p>\n    <p class="sealed-field">\n      <label for="sealed-passphrase">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'passphrase'))
    yield '</label>\n      <input id="sealed-passphrase" name="passphrase" type="password" autocomplete="current-password" required>\n    </p>\n    <p class="sealed-field sealed-remember">\n      <input id="sealed-remember" type="checkbox" data-sealed-remember>\n      <label for="sealed-remember">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'remember_device'))
    yield '</label>\n    </p>\n    <p class="sealed-note" id="sealed-note">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'remember_note'))
    yield '</p>\n    <p><button type="submit">'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'open_note'))
    yield '</button> <button type="button" data-sealed-forget hidden>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'forget_device'))
    yield '</button></p>\n    <p class="sealed-status" role="status" aria-live="polite" data-sealed-status></p>\n  </form>\n  <p data-sealed-noscript>'
    yield escape(context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 't'), 'sealed_noscript'))
    yield '</p>\n</div>\n<div class="post-content e-content" data-sealed-content hidden></div>\n<script type="application/json" id="sealed-payload">'
    yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'sealed')))
    yield '</script>\n'

blocks = {}
debug_info = '3=26&4=34&6=36&8=38&13=40&15=42&16=44&19=48&22=50'

# Made by Jinja 3.1.6 from the theme's layouts/partials/sealed.html with `python -m mentorblog.render.theme_code`; do not edit.
