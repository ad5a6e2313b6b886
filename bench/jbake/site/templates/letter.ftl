<#import "layout.ftl" as l>
<#assign lang = l.langOf(content.uri)>
<@l.page lang=lang title=content.title root=content.rootpath>
<article>
<p class="doc-number">${content.docNumber?html}</p>
<h1>${content.title?html}</h1>
<dl class="letter-meta">
  <dt>${l.labels[lang].number}</dt><dd>${content.docNumber?html}</dd>
  <dt>${l.labels[lang].date}</dt><dd>${content.date?date?string("yyyy-MM-dd")}</dd>
</dl>
<div class="body">${content.body}</div>
</article>
<@l.pager lang=lang root=content.rootpath/>
</@l.page>
