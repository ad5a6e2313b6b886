<#-- Shared layout of the benchmark's stock-JBake site: the page title, a fixed site menu, the
     nested page content and a footer, much like ipwp's own templates/layout.html but without
     its metadata. Interface text per language; the language is the content path's first folder. -->
<#assign labels = {
  "zh": {"home": "首页", "whitepaper": "白皮书", "letters": "答复函", "about": "关于本站",
         "chapters": "章节", "previous": "上一篇", "next": "下一篇", "number": "文号", "date": "日期"},
  "en": {"home": "Home", "whitepaper": "White paper", "letters": "Reply letters", "about": "About",
         "chapters": "Chapters", "previous": "Previous", "next": "Next", "number": "Document number", "date": "Date"}
}>

<#function langOf uri>
  <#return uri?starts_with("en/")?then("en", "zh")>
</#function>

<#macro page lang title root>
<!DOCTYPE html>
<html lang="${(lang == "zh")?then("zh-CN", "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title?html} - ${config["site_name_" + lang]?html}</title>
<link rel="stylesheet" href="${root}css/site.css">
</head>
<body>
<header class="site-header">
  <a class="site-name" href="${root}${lang}/index.html">${config["site_name_" + lang]?html}</a>
  <nav>
    <ul>
      <li><a href="${root}${lang}/index.html">${labels[lang].home}</a></li>
      <li><a href="${root}${lang}/whitepaper/index.html">${labels[lang].whitepaper}</a></li>
      <li><a href="${root}archive.html">${labels[lang].letters}</a></li>
      <li><a href="${root}${lang}/about.html">${labels[lang].about}</a></li>
    </ul>
  </nav>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer"><p>${config["site_sponsor_" + lang]?html}</p></footer>
</body>
</html>
</#macro>

<#-- The published chapters of one language, in file order (01-…, then the generated ones). -->
<#macro chapterList lang root>
<h2>${labels[lang].chapters}</h2>
<ol class="chapter-list">
<#list published_chapters?filter(c -> c.uri?starts_with(lang + "/"))?sort_by("uri") as c>
  <li><a href="${root}${c.uri}">${c.title?html}</a></li>
</#list>
</ol>
</#macro>

<#-- Previous/next links as JBake computes them for every document (same type, by date). -->
<#macro pager lang root>
<nav class="pager">
<#if content.previousContent??><a rel="prev" href="${root}${content.previousContent.uri}">${labels[lang].previous}: ${content.previousContent.title?html}</a></#if>
<#if content.nextContent??><a rel="next" href="${root}${content.nextContent.uri}">${labels[lang].next}: ${content.nextContent.title?html}</a></#if>
</nav>
</#macro>
