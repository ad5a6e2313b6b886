<#import "layout.ftl" as l>
<@l.page lang="zh" title="404" root="/">
<h1>404</h1>
<p>页面不存在。Page not found. <a href="/zh/index.html">首页</a> · <a href="/en/index.html" lang="en">Home</a></p>
</@l.page>
