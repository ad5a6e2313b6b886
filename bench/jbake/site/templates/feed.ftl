<?xml version="1.0" encoding="utf-8"?>
<#-- feed.xml: Atom feed of the published reply letters (ipwp writes one per language). -->
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${config.site_name_zh?xml}</title>
<id>${config.site_host}/feed.xml</id>
<link href="${config.site_host}/"/>
<updated>${published_date?datetime?iso_utc}</updated>
<#list published_letters as x>
<entry>
  <title>${x.title?xml}</title>
  <id>${config.site_host}/${x.uri}</id>
  <link href="${config.site_host}/${x.uri}"/>
  <updated>${x.date?datetime?iso_utc}</updated>
  <summary>${(x.description!"")?xml}</summary>
</entry>
</#list>
</feed>
