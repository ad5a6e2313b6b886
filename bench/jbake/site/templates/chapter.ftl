<#import "layout.ftl" as l>
<#assign lang = l.langOf(content.uri)>
<@l.page lang=lang title=content.title root=content.rootpath>
<article>
<h1>${content.title?html}</h1>
<div class="body">${content.body}</div>
</article>
<@l.pager lang=lang root=content.rootpath/>
</@l.page>
