<#-- archive.html: every published reply letter, newest first, per language (ipwp writes a
     letters archive per language). -->
<#import "layout.ftl" as l>
<@l.page lang="zh" title=l.labels.zh.letters root="">
<#list ["zh", "en"] as lang>
<section lang="${(lang == "zh")?then("zh-CN", "en")}">
<h2>${l.labels[lang].letters}</h2>
<ul>
<#list published_letters?filter(x -> x.uri?starts_with(lang + "/")) as x>
  <li><time>${x.date?date?string("yyyy-MM-dd")}</time> <a href="${x.uri}">${x.title?html}</a> ${x.docNumber?html}</li>
</#list>
</ul>
</section>
</#list>
</@l.page>
