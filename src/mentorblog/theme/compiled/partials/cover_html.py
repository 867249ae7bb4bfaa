from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/cover.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entry = resolve('entry')
    l_0_in_list = resolve('in_list')
    l_0_c = resolve('c')
    l_0_site = resolve('site')
    l_0_responsive = resolve('responsive')
    l_0_first_entry = resolve('first_entry')
    l_0_first = resolve('first')
    l_0_eager = resolve('eager')
    l_0_sizes = resolve('sizes')
    l_0_image = resolve('image')
    l_0_link_full = resolve('link_full')
    try:
        t_1 = environment.filters['markdownify']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'markdownify' found.")
    try:
        t_2 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_5 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    if context.call(environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'cover_shown'), (undefined(name='in_list') if l_0_in_list is missing else l_0_in_list)):
        pass
        l_0_c = environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'cover')
        context.vars['c'] = l_0_c
        context.exported_vars.add('c')
        l_0_responsive = (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'responsive_images') if (not t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'responsive_images'))) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'cover.responsiveImages', True))
        context.vars['responsive'] = l_0_responsive
        context.exported_vars.add('responsive')
        l_0_first = (t_3((undefined(name='first_entry') if l_0_first_entry is missing else l_0_first_entry)) and (undefined(name='first_entry') if l_0_first_entry is missing else l_0_first_entry))
        context.vars['first'] = l_0_first
        context.exported_vars.add('first')
        l_0_eager = ((not (undefined(name='in_list') if l_0_in_list is missing else l_0_in_list)) or (undefined(name='first') if l_0_first is missing else l_0_first))
        context.vars['eager'] = l_0_eager
        context.exported_vars.add('eager')
        l_0_sizes = ('' if (not (undefined(name='in_list') if l_0_in_list is missing else l_0_in_list)) else ('(min-width: 44.5rem) 16.8rem, (min-width: 40rem) calc(40vw - 1rem), calc(100vw - 2rem)' if (undefined(name='first') if l_0_first is missing else l_0_first) else '(min-width: 44.5rem) 11.8rem, (min-width: 40rem) calc(28vw - .7rem), calc(100vw - 2rem)'))
        context.vars['sizes'] = l_0_sizes
        context.exported_vars.add('sizes')
        l_0_image = context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'picture'), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'image'), alt=(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'alt') or t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'caption'))), base=environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'url'), eager=(undefined(name='eager') if l_0_eager is missing else l_0_eager), responsive=(not t_5((undefined(name='responsive') if l_0_responsive is missing else l_0_responsive), False)), sizes=(undefined(name='sizes') if l_0_sizes is missing else l_0_sizes))
        context.vars['image'] = l_0_image
        context.exported_vars.add('image')
        l_0_link_full = ((not (undefined(name='in_list') if l_0_in_list is missing else l_0_in_list)) and (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'link_full_images') if (not t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'link_full_images'))) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'param'), 'cover.linkFullImages', False)))
        context.vars['link_full'] = l_0_link_full
        context.exported_vars.add('link_full')
        yield '<figure class="entry-cover">\n'
        if (undefined(name='link_full') if l_0_link_full is missing else l_0_link_full):
            pass
            yield '  <a href="'
            yield escape((environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'image') if ('://' in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'image')) else context.call(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'url'), (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'image') if context.call(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'image'), 'startswith'), '/') else markup_join((environment.getattr((undefined(name='entry') if l_0_entry is missing else l_0_entry), 'url'), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'image'), ))))))
            yield '" target="_blank" rel="noopener noreferrer">'
            yield escape((undefined(name='image') if l_0_image is missing else l_0_image))
            yield '</a>\n'
        else:
            pass
            yield '  '
            yield escape((undefined(name='image') if l_0_image is missing else l_0_image))
            yield '\n'
        if (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'caption') and (not (undefined(name='in_list') if l_0_in_list is missing else l_0_in_list))):
            pass
            yield '<figcaption>'
            yield escape(t_1(context, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'caption')))
            yield '</figcaption>'
        yield '</figure>\n'

blocks = {}
debug_info = '5=52&6=54&7=57&8=60&9=63&13=66&14=69&15=72&17=76&18=79&20=86&22=88'

# Made by Jinja 3.1.6 from the theme's layouts/partials/cover.html with `python -m mentorblog.render.theme_code`; do not edit.
