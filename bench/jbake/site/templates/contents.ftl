<#import "layout.ftl" as l>
<#assign lang = l.langOf(content.uri)>
<@l.page lang=lang title=content.title root=content.rootpath>
<h1>${content.title?html}</h1>
<div class="body">${content.body}</div>
<nav class="contents"><@l.chapterList lang=lang root=content.rootpath/></nav>
</@l.page>
