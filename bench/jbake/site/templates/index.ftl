<#-- Root index.html: the language entry (ipwp writes one too). -->
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${config.site_name_zh?html}</title></head>
<body>
<main>
<h1>${config.site_name_zh?html}</h1>
<ul>
  <li><a href="zh/index.html" hreflang="zh-CN">中文</a></li>
  <li><a href="en/index.html" hreflang="en" lang="en">English</a></li>
</ul>
</main>
</body>
</html>
