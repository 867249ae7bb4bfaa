from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/jsonfeed_item.json'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_item = resolve('item')
    l_0_site = resolve('site')
    l_0_namespace = resolve('namespace')
    l_0_c = resolve('c')
    l_0_entry = l_0__ = l_0_people = l_0_tags = missing
    try:
        t_1 = environment.filters['jsonld']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'jsonld' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['rfc3339']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rfc3339' found.")
    try:
        t_5 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_entry = {'id': environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'permalink'), 'url': environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'permalink'), 'title': environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title')}
    context.vars['entry'] = l_0_entry
    context.exported_vars.add('entry')
    l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'content_html': t_5((environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'content') if environment.getattr(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'config'), 'feeds'), 'full_text') else (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary') or environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'description'))))})
    context.vars['_'] = l_0__
    if (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'description') or environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary_text')):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'summary': (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'description') or t_6(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary_text')))})
        context.vars['_'] = l_0__
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'publish_date'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'date_published': t_4(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'publish_date'))})
        context.vars['_'] = l_0__
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'modified'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'date_modified': t_4(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'modified'))})
        context.vars['_'] = l_0__
    l_0_people = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), list=[])
    context.vars['people'] = l_0_people
    context.exported_vars.add('people')
    for (l_1_name, l_1_url) in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'author_links'):
        _loop_vars = {}
        pass
        if not isinstance(l_0_people, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_people['list'] = (environment.getattr((undefined(name='people') if l_0_people is missing else l_0_people), 'list') + [({'name': l_1_name, 'url': context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), l_1_url, _loop_vars=_loop_vars)} if l_1_url else {'name': l_1_name})])
    l_1_name = l_1_url = missing
    if environment.getattr((undefined(name='people') if l_0_people is missing else l_0_people), 'list'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'authors': environment.getattr((undefined(name='people') if l_0_people is missing else l_0_people), 'list')})
        context.vars['_'] = l_0__
    l_0_tags = t_2(context.eval_ctx, t_3(context, environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'tags'), attribute=0))
    context.vars['tags'] = l_0_tags
    context.exported_vars.add('tags')
    if (undefined(name='tags') if l_0_tags is missing else l_0_tags):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'tags': (undefined(name='tags') if l_0_tags is missing else l_0_tags)})
        context.vars['_'] = l_0__
    if (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'cover') and environment.getattr(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'cover'), 'image')):
        pass
        l_0_c = environment.getattr(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'cover'), 'image')
        context.vars['c'] = l_0_c
        context.exported_vars.add('c')
        l_0__ = context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'update'), {'image': ((undefined(name='c') if l_0_c is missing else l_0_c) if ('://' in (undefined(name='c') if l_0_c is missing else l_0_c)) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'absurl'), ((undefined(name='c') if l_0_c is missing else l_0_c) if context.call(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'startswith'), '/') else str_join((environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'url'), (undefined(name='c') if l_0_c is missing else l_0_c), )))))})
        context.vars['_'] = l_0__
    yield str(t_1((undefined(name='entry') if l_0_entry is missing else l_0_entry)))

blocks = {}
debug_info = '3=52&4=55&5=57&6=61&7=65&8=69&9=72&10=77&12=79&13=83&14=86&15=90&16=97'

# Made by Jinja 3.1.6 from the theme's layouts/partials/jsonfeed_item.json with `python -m mentorblog.render.theme_code`; do not edit.
