<#import "layout.ftl" as l>
<#assign lang = l.langOf(content.uri)>
<@l.page lang=lang title=content.title root=content.rootpath>
<h1>${content.title?html}</h1>
<div class="body">${content.body}</div>
</@l.page>
