/**
 * Site configuration: {@code jbake.properties} at the site root, read once into the typed
 * {@link org.ipwp.config.SiteConfig}. This package is the only place that knows the key strings;
 * unknown keys are rejected with their line so that a typo never silently drops a setting.
 */
package org.ipwp.config;
